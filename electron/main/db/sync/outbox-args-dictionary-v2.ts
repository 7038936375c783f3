import { ARGS_DICTIONARY_V1 } from './outbox-args-dictionary';

/**
 * The second preset dictionary of acknowledged outbox args (`args_dict` = 2, migration 0020; issue 12 item 5).
 * The first held the args' keys and codes only; the bulk of a registration's args is Chinese text — addresses,
 * employers' names, claims — which DEFLATE cannot learn from one entry of a few hundred bytes. This one puts
 * general vocabulary of that text in front of the first dictionary (the keys and codes stay last, closest, as
 * they are the most frequent): the provinces and their capitals and the largest cities, the words of an
 * address, the forms and common trades of an employer's name, ethnicities and titles, and the app's own claim
 * labels (shared/domain/reference-data.ts), which descriptions repeat. Never a person's data. Measured on the
 * 2,000-case bench database: 1.46 → 1.25 MB of compressed args.
 *
 * FROZEN: entries stored with it can only be read with these exact bytes (a test pins them); a better
 * dictionary is a new constant and a new `args_dict` value.
 */
const VOCABULARY = [
  '北京市天津市上海市重庆市河北省山西省辽宁省吉林省黑龙江省江苏省浙江省安徽省福建省江西省山东省河南省湖北省',
  '湖南省广东省海南省四川省贵州省云南省陕西省甘肃省青海省内蒙古自治区广西壮族自治区西藏自治区宁夏回族自治区',
  '新疆维吾尔自治区石家庄市太原市沈阳市长春市哈尔滨市南京市杭州市合肥市福州市南昌市济南市郑州市武汉市长沙市',
  '广州市深圳市海口市成都市贵阳市昆明市西安市兰州市西宁市呼和浩特市南宁市拉萨市银川市乌鲁木齐市苏州市青岛市',
  '大连市宁波市厦门市东莞市佛山市开发区工业园街道大道小区单元村镇乡县区路街号栋室',
  '集团分公司科技商贸贸易物流餐饮管理建筑工程装饰工程劳务派遣人力资源家政服务物业管理房地产开发电子机械制造',
  '酒店超市服务管理股份有限公司有限责任公司有限公司',
  '回族满族壮族土家族苗族维吾尔族蒙古族藏族彝族汉族总经理董事长执行董事负责人法定代表人经理',
  '追索劳动报酬加班费未签书面劳动合同二倍工资违法解除劳动合同赔偿金被迫解除劳动合同经济补偿未休年休假工资',
  '确认劳动关系工伤保险待遇社会保险竞业限制补偿变更劳动合同终止劳动合同经济补偿第三人代理人申请人被申请人支付',
].join('');

export const ARGS_DICTIONARY_V2: Buffer = Buffer.concat([
  Buffer.from(VOCABULARY, 'utf8'),
  ARGS_DICTIONARY_V1,
]);
