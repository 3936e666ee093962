/**
 * Chinese measure words and units that follow a number (1244万人, 3000亿元,
 * 3.2万场), and the markers that turn a number into a time of day.
 */

/**
 * Measure words and units recorded as `unit`. Longest first in the pattern,
 * so 人次 is not read as 人 and 平方公里 not as 公里.
 */
export const ZH_UNITS: readonly string[] = [
  '人次',
  '人',
  '元',
  '美元',
  '欧元',
  '日元',
  '港元',
  '澳元',
  '英镑',
  '家',
  '场',
  '辆',
  '次',
  '项',
  '名',
  '户',
  '岁',
  '年',
  '个月',
  '月',
  '周',
  '天',
  '小时',
  '分钟',
  '秒',
  '公里',
  '千米',
  '米',
  '吨',
  '千克',
  '公斤',
  '斤',
  '平方米',
  '平方公里',
  '亩',
  '公顷',
  '套',
  '所',
  '座',
  '件',
  '台',
  '位',
  '批',
  '条',
  '款',
  '届',
  '期',
  '份',
  '本',
  '张',
  '种',
  '类',
  '支',
  '门',
  '个',
  '部',
  '篇',
  '架',
  '艘',
  '只',
  '头',
  '棵',
  '层',
  '间',
  '例',
  '起',
  '宗',
  '笔',
  '条',
  '省',
  '市',
  '县',
  '国',
  '所',
  '枚',
  '颗',
  '册',
  '版',
  '度',
  '瓦',
  '千瓦',
];

/** `ZH_UNITS` as a RegExp alternation, longest first. */
export const ZH_UNIT_PATTERN = [...new Set(ZH_UNITS)].sort((a, b) => b.length - a.length).join('|');

/** Which half of the day a period word puts a clock hour in. */
export type DayPeriod = 'am' | 'pm' | 'noon';

const PERIODS: Readonly<Record<string, DayPeriod>> = {
  上午: 'am',
  凌晨: 'am',
  早上: 'am',
  清晨: 'am',
  早晨: 'am',
  早: 'am',
  下午: 'pm',
  晚上: 'pm',
  傍晚: 'pm',
  夜里: 'pm',
  夜间: 'pm',
  晚间: 'pm',
  午后: 'pm',
  今晚: 'pm',
  昨晚: 'pm',
  明晚: 'pm',
  当晚: 'pm',
  晚: 'pm',
  中午: 'noon',
};

const PERIOD_BEFORE = new RegExp(
  `(${Object.keys(PERIODS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s?$`,
);

/** The period word (上午, 下午 …) ending right before `index`, with where it starts. */
export function periodBefore(
  text: string,
  index: number,
): { period: DayPeriod; start: number } | null {
  const m = PERIOD_BEFORE.exec(text.slice(Math.max(0, index - 3), index));
  if (!m || m[1] === undefined) return null;
  const period = PERIODS[m[1]];
  return period === undefined ? null : { period, start: index - m[0].length };
}

/**
 * A clock hour on the 24-hour clock, given the period word in front of it.
 * 中午1点 is 13:00 but 中午12点 is 12:00; 凌晨12点 is midnight.
 */
export function hourOfDay(hour: number, period: DayPeriod | null): number {
  if (period === 'pm' && hour < 12) return hour + 12;
  if (period === 'noon' && hour < 6) return hour + 12;
  if (period === 'am' && hour === 12) return 0;
  return hour;
}
