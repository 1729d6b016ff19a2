import { haizhu2018 } from './haizhu-2018';
import { huaian2024 } from './huaian-2024';

export const demoReports = [haizhu2018, huaian2024];
