const path = require('path');
const { finished } = require('stream/promises');
const { task, src, dest } = require('gulp');

// Icons, and the codex files (*.node.json) that give n8n a node's categories and documentation links.
function copyIcons(folder) {
	const source = path.resolve(folder, '**', '*.{png,svg,node.json}');
	return finished(src(source, { encoding: false }).pipe(dest(path.resolve('dist', folder))));
}

task('build:icons', () => Promise.all([copyIcons('nodes'), copyIcons('credentials')]));
