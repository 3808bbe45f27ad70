const path = require('path');
const { finished } = require('stream/promises');
const { task, src, dest } = require('gulp');

function copyIcons(folder) {
	const source = path.resolve(folder, '**', '*.{png,svg}');
	return finished(src(source, { encoding: false }).pipe(dest(path.resolve('dist', folder))));
}

task('build:icons', () => Promise.all([copyIcons('nodes'), copyIcons('credentials')]));
