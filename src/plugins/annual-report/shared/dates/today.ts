/** The offices that publish these reports date them in China's time, whatever the server's zone. */
export const REPORT_TIME_ZONE = 'Asia/Shanghai';

/** Today's date as `YYYY-MM-DD` (the `date` attribute's form) in `timeZone`. */
export const todayIn = (timeZone: string = REPORT_TIME_ZONE, now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
