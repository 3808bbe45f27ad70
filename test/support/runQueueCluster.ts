/**
 * `npm run queue-mode`: the tests' queue-mode set-up, by hand. Starts PostgreSQL, Redis, n8n main, two workers and
 * two webhook processors on 127.0.0.1 with this package installed, prints where they listen, and stops every
 * process on Ctrl-C. Main's editor needs an owner account on first use, as any new n8n does.
 */
import { QueueCluster } from './queueCluster';

async function main(): Promise<void> {
	const cluster = new QueueCluster({ workers: 2, webhookProcessors: 2 });
	const stop = async () => {
		console.log('stopping every process');
		await cluster.stop();
		process.exit(0);
	};
	process.once('SIGINT', () => void stop());
	process.once('SIGTERM', () => void stop());
	await cluster.prepare();
	await cluster.start();
	console.log(`main (editor):      ${cluster.url('main')}`);
	for (const name of ['worker1', 'worker2', 'webhook1', 'webhook2']) {
		console.log(`${name.padEnd(19)} ${cluster.url(name)} (pid ${cluster.pid(name)})`);
	}
	console.log(`user folder:        ${cluster.userFolder}\nCtrl-C stops everything.`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
