// Shapes of a proper name in plan text: a place, a road or water, a firm or a school named before its kind.

/** 城东新区, 滨江路, 南湖, 某某集团, 县第一中学: two or more characters, then a kind of place or body. */
export const PLACE_NAMED =
  /[\u4e00-\u9fa5]{2,}(?:(?<![社小园城片景辖全山])区|县|(?<![城超集])市|镇|(?<![农乡])村|街|路|河|湖|山|港|公司|集团|大学|学院|中学|小学|医院)/;
