// A quota set from above (…下降率完成市定任务, …达到上级下达指标): who sets it and what it is called, said once for the
// name reading (the quota is no part of the thing's name) and the stage reading (the fall reported meets it).
const ISSUER = "市定|省定|县定|上级下达|上级|省市下达|省市";
const TASK = "任务|目标|指标";

/** The quota at the end of a promise's name (…平均浓度下降率完成市定任务). */
export const QUOTA_END = new RegExp(
  `(下降率|降低率|改善率|下降|降低|改善)?(完成|达到)(年度|全年)?(${ISSUER})(${TASK})$`,
);

/** A fall to reach by a quota set from above, anywhere in the promise (…下降完成上级下达任务). */
export const QUOTA_FALL = new RegExp(
  `(下降|降低|改善)率?[^，。；]{0,2}(完成|达到)[^，。；]{0,4}(${ISSUER})[^，。；]{0,2}(${TASK})`,
);
