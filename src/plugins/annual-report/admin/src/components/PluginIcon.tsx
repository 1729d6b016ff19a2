import { File } from '@strapi/icons';

export const PluginIcon = () => <File />;
