import type { IDataObject } from 'n8n-workflow';

/** JSON that cannot end the script element it sits in (`</script>` in a user's name) or open a comment. */
function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value, null, 2)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/**
 * Intercom's web install snippet, booting the Messenger with `settings`.
 * https://developers.intercom.com/installing-intercom/web/installation
 */
export function bootSnippet(settings: IDataObject): string {
	return `<script>
  window.intercomSettings = ${scriptSafeJson(settings)};
</script>
<script>
  (function(){var w=window;var ic=w.Intercom;if(typeof ic==="function"){ic('reattach_activator');ic('update',w.intercomSettings);}else{var d=document;var i=function(){i.c(arguments);};i.q=[];i.c=function(args){i.q.push(args);};w.Intercom=i;var l=function(){var s=d.createElement('script');s.type='text/javascript';s.async=true;s.src='https://widget.intercom.io/widget/'+w.intercomSettings.app_id;var x=d.getElementsByTagName('script')[0];x.parentNode.insertBefore(s,x);};if(document.readyState==='complete'){l();}else if(w.attachEvent){w.attachEvent('onload',l);}else{w.addEventListener('load',l,false);}}})();
</script>`;
}
