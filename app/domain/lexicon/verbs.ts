// Verb vocabularies that tell a completed deliverable (建成, 竣工, 投产…) from effort (加快, 推进, 抓好…) and preparation (探索, 研究…).
import { keepingLast } from "~/domain/text/last-answer";

/** Completion verbs that make a deliverable wherever they stand in the clause. */
export const COMPLETION =
  /建成投产|建成投用|建成运营|建成开业|建成招生|建成使用|建成开放|竣工投产|竣工通车|竣工验收|竣工|投产(?!达效|时间)|投用|投入使用|投入运营|投入运行|交付使用|建成(?!区(?:绿化|面积|人口|范围|内))|通车|开通运营|开通(?!率)|开业|开街|开园|启用|上市(?!公司|企业|后备|辅导|培育|挂牌|前|后)|挂牌(?!督办|企业|公司)|登陆|创建|争创|创成|获批|入选|通过[\u4e00-\u9fa5（）()A-Za-z\d]{0,20}(?:验收|核查|认证|复审|评审|复核|评估)|晋升为|收官|开工建设|开工(?!率|时间|前)|启动建设|启动实施|搭建|上线运行|上线(?!下)|揭牌|落成|封顶|完工|投运|并网|攻克|(?:全部|实现)脱贫|(?:全部|基本)淘汰|(?:全部|全面)摘帽|全部出列|入驻|(?:对外|正式)开放|出台|印发|举办|筹办|承办|办好(?=[\u4e00-\u9fa5\d“”"《》]{0,30}(?:赛|节|会|展|论坛|马拉松|电影周|周年[\u4e00-\u9fa5]{0,4}活动)|[“"])/g;

/** Verbs that make a deliverable only as the clause's own verb, with a concrete object. */
export const LEADING_COMPLETION =
  /^(?:[\u4e00-\u9fa5]{1,3}化)?(?:组织实施|组织开展|组织|做好|作好|搞好|完成|实施|启动|新建改造|新建|改建|扩建|迁建|新改建|改扩建|改造提升|提升改造|提档升级|提标改造|改造|打通|设立|增设|成立|组建|制定|编制|试编|制订|修订|修编|颁布|发布|建立|开展|建设|建好|铺设)/;

/** Effort and support verbs: they lead a deliverable only when a completion verb follows. */
export const EFFORT =
  /^(?:加快推进|加快|加速推进|加速|推进|推动|抓好|支持|全力支持|持续|深化|强化|积极|全力|扎实|大力|着力|力促|促进|助力|服务|配合|协调|开展|落实|用好|发挥|鼓励|引导|重点|高标准|高水平|高质量|全面|力争|确保|努力|争取|年内|今年|全年|当年|进一步|再|并|同时|以及|及|和|与)+/;

/** Preparation verbs: what follows is not yet a deliverable (探索设立, 研究制定, 规划实施, 筹建). */
export const PREPARATION = /探索|研究|谋划|规划|筹划|筹建|布局|申报|研发|论证|前期(?!项目)|做好|争取|推介|对接|洽谈/;

/** Adverbs and time words in front of a clause's verb. */
export const CLAUSE_OPENERS =
  /^(?:在[\u4e00-\u9fa5]{0,10}?(?:地区|全国|全省|全市|全区|全县|各地|城区|农村|基层)|提请|(?:利|使)?用[\d一两二三四五]+(?:[—–\-~～至到][\d一两二三四五]+)?年(?:左右)?(?:的)?时间|其中|计划|并且|并|同时|以及|及早|及|和|与|年内|今年|全年|当年|年底前|要|基本|全部|有序|尽早|尽快|早日|稳步|适时|率先|配合|(?:19|20)\d{2}年|\d{1,2}月(?:底|末)前?|\d{1,2}月前|两年内|[一二三四五六七八九十\d]年内|到(?:19|20)\d{2}年底?|力争|确保|努力|争取|全力|全面|积极|扎实|加快|高标准|高水平|高质量|圆满|顺利|重点|进一步|再|全力以赴|持续|抓紧)+/;

/** Objects too vague to be a deliverable (一批, 部分, 各类) unless names are given. */
export const VAGUE = /一批|(?<![东西南北中])部分|若干|多个|一系列|各类|更多|一些|有关|相关/;

/** Deliverables that repeat every year are routine, not a promise (常态化举办啤酒节). */
export const RECURRING = /常态化|每年|定期|常年|(?:持续|继续)(?:实施|举办|开展|推进|办好|出台)/;

/** Objects that are not a thing to deliver: mechanisms, systems, levels. */
export const ABSTRACT_OBJECT =
  /(?:机制|体系|模式|格局|氛围|理念|环境|能力|水平|作用|意识|工作|服务|功能|效能|质效|品质|活力|动能|优势|成效|成果|步伐|力度|底线|防线|共识|局面|合力|态势|进程|进度|行动|目标任务|规划目标|目标|通道|渠道|热线)$/;

/** A clause ending on an effort verb reports work going on (…等工作同步推进), not a thing delivered. */
export const ONGOING_ENDING = /(?:推进|推动|开展|落实|加强|提升|提高|优化|深化|加快|进行)$/;

// The rules and then the learned decision read the same clause in turn: each reading keeps its last answer.

/** The clause without CLAUSE_OPENERS at its start. */
export const withoutOpeners = keepingLast((clause) => clause.replace(CLAUSE_OPENERS, ""));

/** The first match of COMPLETION in the text (read, never changed, by the caller). */
export const firstCompletion = keepingLast((text) => {
  COMPLETION.lastIndex = 0;
  const found = COMPLETION.exec(text);
  COMPLETION.lastIndex = 0;
  return found;
});

/** The LEADING_COMPLETION verb the text opens with, or null. */
export const leadingCompletion = keepingLast((text) => LEADING_COMPLETION.exec(text)?.[0] ?? null);
