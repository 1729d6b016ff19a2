import publicCache from './public-cache';

export default { 'public-cache': publicCache };
