// Radical code points (Kangxi Radicals U+2F00–U+2FD5, CJK Radicals Supplement U+2E80–U+2EF3) to the unified
// ideographs they stand for. PDF text layers of Chinese reports often carry them (⼀⼈⺠⽣⼯⻓ for 一人民生工长).
// Every mapping here is one UTF-16 unit to one, so offsets into folded text are offsets into the original.

/**
 * CJK Radicals Supplement → unified ideograph, from Unicode's EquivalentUnifiedIdeograph.txt. The 14 whose
 * ideograph lies outside the Basic Multilingual Plane are left out (folding them would change offsets).
 */
const SUPPLEMENT =
  "⺁厂 ⺂乛 ⺃乚 ⺄乙 ⺅亻 ⺆冂 ⺈刀 ⺉刂 ⺊卜 ⺋㔾 ⺌小 ⺍小 ⺎兀 ⺏尣 ⺐尢 ⺒巳 ⺓幺 ⺔彑 ⺖忄 ⺗心 ⺘扌 ⺙攵 ⺛旡 ⺜日 ⺝月 " +
  "⺞歺 ⺟母 ⺠民 ⺡氵 ⺢氺 ⺣灬 ⺤爫 ⺥爫 ⺦丬 ⺧牛 ⺨犭 ⺩王 ⺫目 ⺬示 ⺭礻 ⺯糹 ⺰纟 ⺱罓 ⺲罒 ⺳㓁 ⺴冗 ⺶羊 ⺹耂 ⺺肀 " +
  "⺻聿 ⺼肉 ⺾艹 ⺿艹 ⻀艹 ⻁虎 ⻂衤 ⻃覀 ⻄西 ⻅见 ⻆角 ⻈讠 ⻉贝 ⻋车 ⻌辶 ⻍辶 ⻎辶 ⻏邑 ⻐钅 ⻑長 ⻒镸 ⻓长 ⻔门 ⻖阝 " +
  "⻗雨 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻟飠 ⻠饣 ⻢马 ⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻫斉 ⻬齐 ⻭歯 ⻮齿 ⻯竜 ⻰龙 " +
  "⻱龜 ⻲亀 ⻳龟";

export const RADICALS_FROM = 0x2e80;
export const RADICALS_TO = 0x2fd5;

/** RADICAL_TABLE[code - RADICALS_FROM] is the ideograph's code, or 0 when the code point stays as it is. */
const RADICAL_TABLE = buildTable();

function buildTable(): Uint16Array {
  const table = new Uint16Array(RADICALS_TO - RADICALS_FROM + 1);
  for (const pair of SUPPLEMENT.split(" ")) table[pair.charCodeAt(0) - RADICALS_FROM] = pair.charCodeAt(1);
  // Kangxi radicals have compatibility decompositions to their ideographs.
  for (let code = 0x2f00; code <= RADICALS_TO; code++) {
    const ideograph = String.fromCharCode(code).normalize("NFKC");
    if (ideograph.length === 1) table[code - RADICALS_FROM] = ideograph.charCodeAt(0);
  }
  return table;
}

/** The ideograph for a radical code point, or the code itself. */
export function radicalToIdeograph(code: number): number {
  if (code < RADICALS_FROM || code > RADICALS_TO) return code;
  return RADICAL_TABLE[code - RADICALS_FROM] || code;
}

/** Radicals folded to unified ideographs, one UTF-16 unit for one (the lead's import-door decision). */
export function foldRadicals(text: string): string {
  let pieces: string[] | null = null;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < RADICALS_FROM || code > RADICALS_TO) continue;
    const ideograph = radicalToIdeograph(code);
    if (ideograph === code) continue;
    pieces ??= [];
    pieces.push(text.slice(runStart, i), String.fromCharCode(ideograph));
    runStart = i + 1;
  }
  if (!pieces) return text;
  pieces.push(text.slice(runStart));
  return pieces.join("");
}
