"""Which way an indicator should go (正向, 反向) and what kind of quantity its name is: a bounded
share, a payment standard fixed by policy, a cut (a rate at all: :mod:`goalbook.rules.rates`)."""

from __future__ import annotations

import functools
import re

from goalbook.rules.rates import is_rate
from goalbook.vocabulary import CASE_DURATIONS, DIRECTIONS, LESS_IS_BETTER, MORE_IS_BETTER

_GROWTH = (
    "增长率", "增幅", "变化率", "比上年", "增长比例", "提高率", "上升率",
    "保值增值率",  # year-end equity over year-start equity: 100% and above is the norm
)  # fmt: skip
_POSITIVE_RATES = (
    "合格率", "完成率", "达标率", "覆盖率", "及时率", "结算率", "执行率", "到位率",
    "救助比例", "报销比例", "支付比例", "补偿比例", "赔付比例", "保障比例",  # the share paid
    "完整率", "准确率", "正确率", "规范率", "破案率", "满意度", "满意率", "知晓率",
    "检验率", "检定率", "受检率",  # equipment inspected or calibrated on schedule
    "巩固率", "入学率", "普及率",  # the share of children kept in or brought to school
    "响应率", "接通率",  # the share of calls answered (接警响应率: not 接警's time)
    "准时率", "正点率", "按时率",  # the share on time (食材配送准时率, 公交正点率)
    "送达率", "妥投率", "拦截率",  # delivered, or stopped (农残超标产品入市拦截率)
    "成活率", "存活率", "接种率", "管理率", "筛查率", "建档率", "签约率", "结案率",
    "整改率", "销号率", "查处率",  # problems fixed or dealt with (涉导游违规投诉查处率)
    "成品率", "出成率", "出品率",  # the share a batch yields as product (炭化成品率)
)  # fmt: skip # a list of words: kept in lines, not one word a line
# the share that failed (案件质量评查不合格率, 未完成率): less is better, whatever rate it negates
_NEGATED_RATES = (
    "不合格率", "不达标率", "不及时率", "未完成率", "未达标率", "不满意率",
    "报废率", "损耗率", "漏损率", "损坏率", "过期率",  # what is lost or spoilt: less is better
    "污染率", "霉变率", "杂菌率", "霉烂率", "烂茧率",  # a batch spoilt (菌袋杂菌污染率 ≤3%)
    "次品率", "废品率", "残次率", "漏测率", "漏检率", "缺测率",  # made badly, or missed
    "晚点率", "误点率", "中断率",  # a ferry or a bus late, a broadcast broken off
    "断记率", "断线率", "掉线率", "丢包率",  # a station's record or a link broken off
    "停光率", "失常率", "新发率",  # a light out, an aid failing, new cases (近视新发率)
    "开裂率", "变形率",  # wares cracked or warped in the kiln (烧成开裂率)
    "漏登率", "重登率", "错登率", "漏报率", "漏统率",  # people or units missed in a census
    "缺漏率", "遗漏率",  # samples or records left out (食品留样缺漏率)
    "欠费率", "拖欠率",  # fees left unpaid (水费欠费率 ≤3%)
    "伤树率", "死皮率", "损伤率",  # rubber trees wounded or dried by tapping (试割伤树率)
    "撤销率", "改判率", "发回重审率",  # awards or judgements overturned (仲裁裁决被撤销率)
    "复感率", "带毒率", "感病率", "病株率",  # seed re-infected, plants carrying a virus
    "死苗率", "缺苗率", "死株率",  # seedlings lost after planting
    "错接率", "混接率", "犯规率",  # sewers connected wrongly; fouls in a match
    "混投率", "错投率", "混放率",  # waste put in the wrong bin (易腐垃圾混投率 ≤15%)
    "酸败率", "变质率", "腐烂率", "烂果率",  # a brew gone sour, food or fruit gone bad
    "褐变率", "黑变率", "焦糊率", "返潮率", "腐损率",  # dried produce browned, scorched, damp
    "破碎率", "碎米率", "碎粒率",  # pods, grains or rice broken in handling
    "虫果率", "病果率", "裂果率", "落果率", "虫蛀率",  # fruit wormy, diseased, split or dropped
    "空心率", "畸形率",  # spears or fruit hollow or misshapen (鲜笋空心率 ≤3%)
    "退换率", "退货率", "浪费率",  # wares sent back (产品退换率), material wasted (面料浪费率)
    "受伤率", "伤亡率", "伤害率", "摔伤率",  # people hurt (骑手坠马受伤率, 运动伤害率)
    "退训率", "辍训率", "退学率",  # trainees or pupils who drop out (学员中途退训率)
)  # fmt: skip
# hours that are more the better: a service's length, or the hours delivered in all (上门服务总
# 时长); unlike the words below, no change: a share of them (开放服务时长达标率) stays ≤100%
_HOURS_GOOD = (
    "服务时长", "开放时长", "运行时长", "在线时长", "运维时长", "总时长", "累计时长", "上线时长",
    "翻译时长", "培训时长", "授课时长", "教学时长", "训练时长",  # hours of a service delivered
    "发播时长", "信号时长",  # hours a signal is broadcast (短波标准时间信号发播时长)
    "播出时长", "播放时长", "节目时长",  # hours on air (公益节目播出时长 ≥2000小时)
    "停留时长", "逗留时长",  # how long visitors stay (游客平均停留时长, 停留时长增长率)
    "锻炼时长", "运动时长", "体育活动时长", "户外活动时长", "阅读时长",  # 学生日均锻炼时长 ≥1小时
    "提前发布时长",  # how long before an event a warning goes out (预警信息提前发布时长 ≥24小时)
    "看护时长", "照护时长", "陪伴时长", "托管时长",  # children or elders cared for (课后看护时长)
    "保障时长", "供水时长", "供电时长", "续航时长",  # how long a supply lasts (消防用水保障时长)
    "值守时长", "值班时长", "坐席时长",  # hours a line is staffed (坐席值守时长 =24小时/天)
    "巡防时长", "巡逻时长", "巡查时长", "督导时长",  # hours on patrol or watch (网格巡防时长)
    "存储时长", "保存时长", "留存时长", "存档时长",  # how long records are kept (视频存储时长)
)  # fmt: skip
# a decline, a cut or a lead time named as what is measured: more is better, and may pass 100%
_DECLINE_GOOD = (
    "下降率", "降低率", "减少率", "减少比例", "节约率", "节约", "控制率", "控制到位", "同比下降",
    "同比减少", "同比降低", "下降幅度", "降幅", "减少幅度", "下降比例",
    "减轻比例", "减轻率", "减轻幅度",  # a burden lightened (医疗费用负担减轻比例 ≥30%)
    # a time or a cycle cut (办理时长压缩比例, 办理周期压缩): the size of the cut, 正向
    "压缩比例", "压缩率", "缩短比例", "缩短率", "压减比例", "压减率", "压缩幅度", "缩短幅度",
    # how long before an event a warning goes out (预警提前发布时间 ≥24小时): the more the better
    "提前发布时间", "提前时间", "提前量", "预警提前",
)  # fmt: skip # a list of words: kept in lines, not one word a line
NEGATIVE = (
    "发生率", "事故率", "再犯率", "再犯罪率", "犯罪率", "涉罪率", "差错率", "投诉率", "失误率",
    "故障率", "死亡率", "发病率", "空置率", "流失率", "返工率", "超支率", "误差", "成本", "单价",
    "费用", "响应时间", "等待时间", "办理时间", "办结时间", "时长", "用时", "耗时",
    "不合格率", "不良率", "缺陷率", "错误率", "误报率", "漏报率", "漏检率", "破损率", "损耗率",
    "返修率", "复发率", "辍学率", "失业率", "闲置率", "逾期率", "超标率", "投诉量", "投诉件数",
    "投诉次数", "事故起数", "事故次数", "伤亡人数", "等候时间", "排队时间", "能耗", "排放量",
    "耗电量", "耗水量", "耗煤量", "耗油量", "耗气量",  # (每吨储粮年通风耗电量 ≤8.5千瓦时/吨)
    "超时率", "超期率", "延误率", "延期率", "平均住院日", "住院天数", "出动时间", "到场时间",
    "到达时间", "现场时间", "处置时间", "派警时间", "出警时间", "接警时间",  # (not 接警 alone)
    "近视率", "肥胖率", "超重率", "感染率", "患病率",
    "发布时间",  # how long a warning takes to go out (预警信息发布时间 ≤10分钟)
    "龋患率", "信访率", "上访率", "重复访率", "重复举报率", "重复投诉率", "重复来电率",
    "拒访率", "拒答率",  # households that refuse a survey (调查户拒访率 ≤3%)
    "返危率",  # houses made safe that fall back (改造农户返危率 ≤1%)
    "损失率", "检测周期", "办理周期", "审批周期",
    "处理周期", "出具周期", "出具时间", "出具时限", "出证时间", "回复时间", "答复时间",
    "抛洒", "滴漏", "遗撒", "迟报率", "三公经费", "三公”经费",
    '三公"经费', "发案率", "发案数", "退出率", "脱落率", "断链率", "断供率", "断档率",
    "停机率", "停机时间", "停机次数", "宕机率", "宕机时间", "宕机次数",  # out of service
    "停运率", "停运次数", "停运时间", "停航率", "停航次数", "停航时间", "停航天数",
    "投诉重复率", "重复投诉",
    "返黑返臭率", "返黑率", "返臭率",  # treated water that turns black and foul again
    "冒领率", "错发率", "漏发率", "骗保率",  # money paid to the wrong people, or not paid
    "违约率",  # contracts broken (订单违约率 ≤5%)
    "离职率", "离岗率",  # people placed in work who leave it (安置后半年离职率 ≤10%)
    "呼损率",  # calls lost before they are answered (热线呼损率 ≤5%)
    "饵料系数", "饲料系数", "料肉比", "料蛋比",  # feed for each unit of gain: the less the better
    "漏种率", "漏诊率", "误诊率", "病死率",  # vaccinations missed, diagnoses missed or wrong
    "脱管率", "漏管率",  # offenders under community correction out of its control
    "损毁率", "丢失率",  # records, holdings or goods damaged or lost
    "货损率", "货差率", "破坏率",  # goods damaged or short, ground harmed (菌塘破坏率)
    "代偿率",  # guarantees a fund had to pay out for
    "失败率", "失访率",  # treatments that failed, patients lost to follow-up
    "缺勤率", "缺席率", "缺课率", "旷课率", "迟到率",  # absence (培训学员缺勤率 ≤5%)
    "复捕率", "返捕率",  # retired fishers who go back to fishing the closed waters
    "灌溉定额", "用水定额", "亩均用水",  # water used per 亩 or per use (亩均灌溉定额 ≤450立方米/亩)
    "不良卵率", "不良品率", "死卵率",  # eggs or goods that fail (蚕种不良卵率 ≤2%)
    "水耗", "电耗", "煤耗", "油耗", "物耗",  # what a unit of product uses up (单位产品水耗)
    "重做率", "退件率",  # work sent back to be done again (鉴定意见退回重做率)
    "泄漏率", "泄露率", "渗漏率",  # gas or water that escapes (沼气池泄漏率)
    "误判率", "误检率",  # cases judged or tested wrongly (体检结论误判率)
    "不达标", "未达标",  # the share short of a standard (泄放不达标电站占比 ≤5%)
)  # fmt: skip # a list of words: kept in lines, not one word a line
# the share of a loss a fund or the state bears by policy (风险补偿比例, 风险分担比例): a cap
# the fund sets, neither a benefit to push up nor a harm to push down
_POLICY_SHARES = ("风险补偿", "风险分担", "损失分担", "代偿比例")
# a share of cases handled late or not at all (超期办结率, 超时处置率, 隐患未整改率): less is better
_LATE = re.compile(r"(?:超期|超时|逾期|延期|延误)[^率]{0,4}率|未(?:按时|及时|按期)?[^率]{1,2}率$")
# A harm measured (劣V类水体比例, PM2.5浓度, 管网漏损率, 因病返贫人数): less is better, unless
# the name counts its remedy (黑臭水体治理率, 劣V类水体消除比例).
_HARMS = (
    "劣V", "劣Ⅴ", "劣五", "PM2.5", "PM10", "细颗粒物", "可吸入颗粒物", "黑臭", "超标", "重污染",
    "漏损率", "受害率", "成灾率", "死亡人数", "返贫", "致贫", "排放强度",
    "超限率", "超载率", "投诉数量",  # trucks over the limit; complaints (not those handled)
    "农药使用量", "化肥使用量", "农药施用量", "化肥施用量",  # 减量增效: less is better
    "水土流失面积",  # (水土流失治理面积 is the remedy's size)
    "火点",  # fires found burning (秸秆焚烧火点发生数 ≤3个)
    "违法广告", "违法率", "违规率",  # 虚假违法广告发布率 (not 违法广告查处率: its remedy)
)  # fmt: skip # a list of words: kept in lines, not one word a line
# a pollutant's level in water or air (出水氨氮浓度, 二氧化硫排放量): less is better; not what
# is removed of it (化学需氧量削减量, 减排量)
_POLLUTANT_LEVEL = re.compile(
    r"(?:化学需氧量|COD|生化需氧量|BOD|氨氮|总磷|总氮|二氧化硫|氮氧化物|悬浮物|重金属)"
    r"[^削减去除]{0,6}(?:浓度|排放量|含量)"
)
# a count of germs or cells in milk, water or food (生鲜乳体细胞数平均值, 菌落总数): a level of
# its quality, the fewer the better; not a count of its tests (体细胞数检测批次)
_GERM_LEVEL = re.compile(
    r"(?:体细胞|菌落总|细菌总|大肠菌群)数(?:平均值|均值|平均|含量|水平)?(?:（[^）]*）)?$"
)
# the density of a pest or a disease's host (活螺平均密度, 鼠密度, 蚊虫密度, 旱獭密度): less is
# better
_PEST_DENSITY = re.compile(
    r"(?:鼠|蚊|蝇|蟑螂|病媒生物|钉螺|活螺|感染性钉螺|旱獭|虫口|害虫|白蚁|红火蚁|松材线虫)"
    r"[\u4e00-\u9fff]{0,3}密度(?:值|指数)?$"
)
# the ground an invading plant or animal holds (湿地外来水生植物覆盖率, 水葫芦入侵面积, 互花米草
# 分布面积): less is better; not the invader cleared or fought (入侵物种清除率, 防治面积)
_INVADED = re.compile(
    r"(?:(?:外来|入侵)(?:入侵)?(?:水生)?(?:物种|植物|生物|杂草|动物|鱼类|有害生物)"
    r"|水葫芦|凤眼莲|水花生|空心莲子草|互花米草|一枝黄花|福寿螺|薇甘菊|紫茎泽兰)"
    r"[\u4e00-\u9fff]{0,6}?(?:覆盖率|覆盖面积|覆盖度|发生面积|分布面积|入侵面积|密度)$"
)
_INVADER_FOUGHT = re.compile(r"清除|清理|打捞|治理|防治|防控|灭除|除治|监测|检测|控制|替代|处置")
_REMEDIES = (
    "治理", "整治", "消除", "处置", "处理", "修复", "防治", "应对", "查处", "监测", "防止", "防返",
    "预防", "防控", "排查", "帮扶", "受理", "办结", "办理", "回复", "调处",
    "通报", "上报", "核查",  # 超标水样信息通报率: the share of the harm reported, 正向
    "管控督查", "应急管控", "督查",  # 重污染天气应急管控督查: checks made on the harm
    "整改", "纠正", "打击", "曝光",  # 违规问题整改率: the share of breaches put right
    "替代", "替减",  # 堆肥替代化肥施用量: the harm's amount replaced, the more the better
    "发现", "查获",  # 添加剂超标问题发现数: breaches an inspection finds, the aim of the checks
    "复检", "复查",  # 超标水样复检率: the share of the harm checked again
)  # fmt: skip # a list of words: kept in lines, not one word a line
_REMEDY_RATE = re.compile(f"(?:{'|'.join(_REMEDIES)})率$")
_REMEDY_PLACE = re.compile("(?:治理|整治|修复|防治)区")
POSITIVE = (
    "合格率", "满意度", "满意率", "完成率", "达标率", "覆盖率", "及时率", "通过率", "成功率",
    "知晓率", "执行率", "到位率", "利用率", "采纳率", "转化率", "共享率", "参与率", "优良率",
    "结算率", "受益", "办结率", "在线率", "完好率", "运行率", "开通率",
    "配备率", "配置率", "配齐率",  # equipment provided to the standard (救生衣配备率)
)  # fmt: skip # a list of words: kept in lines, not one word a line
# A payment standard fixed by policy (补助标准 1500元/人·年): paid at that amount, neither a
# cost to keep down nor an output to push up, so = is right there (domain §4.2 rule 7 flags =
# on a cost cap: 人均成本, 单位成本, 成本控制).
_PAYMENT_STANDARD = re.compile(
    r"(?:补助|资助|补贴|救助|奖励|奖补|津贴|抚恤|供养|慰问|生活费|发放|助学金|低保|保障|特困|养老金|配套)"
    r"(?:资金)?(?:标准|水平)"
    r"|(?:基准|补助|保障|拨付)定额|定额标准"  # 生均公用经费基准定额: a floor fixed by policy
)


@functools.lru_cache(maxsize=4096)
def is_payment_standard(name: str) -> bool:
    """A payment standard fixed by policy (资助标准, 补贴发放标准), not a cost cap."""
    return _PAYMENT_STANDARD.search(name) is not None


@functools.lru_cache(maxsize=8192)
def is_bounded_rate(name: str) -> bool:
    return is_rate(name) and not any(w in name for w in _UNBOUNDED)


_UNBOUNDED = _GROWTH + _DECLINE_GOOD  # a change, or a saving, may pass 100%
_MORE_GOOD = _HOURS_GOOD + _DECLINE_GOOD


# hours of use or of material done (设备年均使用时长 ≥1200小时, 影音资料整理时长 ≥200小时, 录制有声
# 读物时长, 技艺影像记录时长, 剧目展播时长): more is better (有声资源新增时长 too); not the time
# one item takes (平均整理时长, 单件录制时长), a wait or a fault on the way (设备使用等待时长) or
# screen time (屏幕使用时长)
_HOURS_DONE = re.compile(
    r"(?<!平均)(?<!单件)(?<!每件)(?<!单次)(?<!屏幕)(?<!手机)(?<!电子产品)"
    r"(?:使用|利用|整理|录制|采集|采录|收录|演出|新增|制作|上传|更新|记录|拍摄|摄制|录像|录音|直播|展播|展演)"
    r"(?:(?!等待|等候|响应|办理|处理|审批|故障|停|中断)[^\s平均单每]){0,6}?时长$"
)


def hours_done(name: str) -> bool:
    """Hours of use or of material done (录制有声读物时长, 影音资料整理时长), or hours of film or
    sound made, named by what is made (拍摄织造工序影像 │ ≥120小时): added up over time."""
    return _HOURS_DONE.search(name) is not None or _RECORDED.search(name) is not None


# film or sound made, counted in the hours it runs (拍摄织造工序影像, 录制口述史音频): not the
# time one item takes (平均拍摄, 单件录制, 每集)
_RECORDED = re.compile(
    r"^(?!.*(?:平均|单件|单次|每件|每集|每次|时长))(?:拍摄|录制|摄制|采录|录音|录像).{1,10}(?:影像|视频|音频|录像|素材|资料)$"
)


# the length of one session (每期培训时长 ≤40学时, 单次授课时长): set by the plan, no direction
_ONE_SESSION = re.compile(
    r"(?:每期|每次|每场|每节|每课|单次|单场|单期|单节)(?:培训|授课|教学|训练|服务|演出|播出|播放|活动|课程)"
    r"\S{0,2}时长$"
)


# a cost or a harm that is reduced (成本降低, 降低运行成本, 费用节约, 费用减免人数, 年减少二氧化碳
# 排放量): the size of the saving or who gains by it, 正向; not a level it is cut to (成本降低至)
_COST_CUT = re.compile(
    r"(?:成本|费用|支出|开支)(?:降低|下降|减少|节约|节省|压减|减免|免除)(?![至到]|标准)"
    r"|(?:降低|减少|节约|节省|压减)[^至到]{0,6}?(?:成本|费用|支出|开支)"
    r"|(?:减少|削减|降低|压减|节约|节省)\S{0,8}?(?:排放量|排放|能耗|用量|消耗|耗[电水煤油气])"
)


# a harm watched, not measured (能耗监测平台接入单位数): no direction from the harm's word
# complaints taken in or handled (受理消费者投诉件数, 企业直接处理投诉件数): work done, not harm
HANDLING = (
    "受理",
    "处理",
    "办理",
    "调解",
    "调处",
    "办结",
    "处置",
    "化解",
    "接收",
    "转办",
    "回复",
    "答复",
)
# (not a place named by its work, 处理中心恶臭投诉次数: complaints about the centre, a harm)
_HANDLED = re.compile(rf"(?:{'|'.join(HANDLING)})(?!中心|站|厂|场|设施).{{0,12}}投诉")
_WATCHED = re.compile(
    r"(?:能耗|排放|投诉|事故)(?:监测|在线监测|管理)(?:平台|系统)"
    r"|成本(?:调查|监审|核算|监测)"  # 农产品成本调查户: a survey of costs, no cost
    r"|(?:能耗|耗[电水煤油气]量?)(?:在线)?(?:统计|监测|计量|审计|报送|数据|公示)"  # 能耗监测点位
)


# spending that a fund exists to raise (企业研发费用, 研发投入强度): more is better
_SPENDING_SOUGHT = ("研发费用", "研发投入", "研发经费", "研发支出", "科技投入")
# what a sale fetches (网销客单价 ≥45元/单, 品牌产品溢价率): the more the better; not a price
# paid (采购单价), nor a price kept down (平价蔬菜销售单价)
_PRICE_SOUGHT = ("客单价", "溢价")
# a rise in the price those the project helps sell at (加工户藜麦销售单价提高, 鲜果收购价格提升)
_PRICE_RISE = re.compile(r"(?:销售|出售|收购)单?价格?(?:提高|提升|增长|上涨)")


# a decline named as what is measured (万元GDP能耗下降, 发病率降低, 损耗率降低幅度): the size of
# the fall, 正向
_CUT = re.compile(
    r"(?:下降|降低|减少|减幅|降幅|压减|削减|压缩|缩短)(?:幅度|比例)?(?:[（(](?:%|％|百分点)[)）])?$"
)
# a service down (发播中断累计时长, 系统故障停机时长): the fewer hours the better
_DOWNTIME = re.compile(r"(?:中断|停机|故障|停电|停水|停运|宕机)\S{0,4}?时长$")
# a water table or a natural stock falling (地下水位年均下降幅度 ≤0.5米, 地热水位年降幅, 卤虫卵资源
# 量较上年下降幅度, 湿地面积减少): the less it falls the better
_LEVEL_FALLING = re.compile(  # (not a loss of it falling: 碳储量损失下降率, more the better)
    r"(?:水位|资源量|储量|蕴藏量|湖面面积|水面面积|湿地面积)(?:(?!损失|流失)\S){0,6}?"
    r"(?:下降|降低|下跌|降幅|跌幅|减少|萎缩)"
)
# the people a cost is paid for (代缴医疗互助费用的困难职工 ≥300人): a count of people helped
_PEOPLE_PAID = re.compile(
    r"(?:费用|成本)\S{0,4}的\S{0,4}(?:职工|人员|群众|对象|家庭|农户|学生|患者)$"
)


# a cut named first (减少水土流失面积, 降低发病率, 年削减化学需氧量): its size, not a level to
# reach; not a level it is cut to (降低至, 减少到)
_CUT_FIRST = re.compile(r"^(?:年|每年|年均)?(?:减少|降低|削减|压减|减轻|缩小|缩短)(?![至到为])")


def names_a_cut(name: str) -> bool:
    """A decline named as what is measured (就医等候时间缩短, 发病率降低): its size is the value."""
    return _CUT.search(name) is not None


# the share of a budget or an expense spent (“三公”经费控制率, 预算控制率, 成本控制率 ≤100%): a
# cap, 反向, unlike a control rate of what is kept in check (血糖控制率, 病虫害控制率: 正向)
_MONEY_CONTROL = re.compile(r"(?:费|费用|预算|成本|支出|开支|资金|投资)控制率")


# a share of breaches (教练车违规使用率, 违章停放率, 违法违规率): less is better; not a share of
# them dealt with (违法案件查处率, 违规资金追缴率, 违法线索移交率: the remedy's)
_BREACH_RATE = re.compile(
    r"违[规法章纪](?:违[规法章纪])?(?:使用|停放|操作|经营|占用|发生|排放|搭建|用地|行为|判罚|取水|用水"
    r"|采砂|捕捞|发放)?(?:率|比例)$"  # (机井违规取水率, 补贴资金违规发放率)
)
# a share found ill or tainted (微粒子病母蛾检出率, 布病阳性检出率, 学生营养不良检出率, 农药残留
# 超标检出率): less is better; not a share of the faults an inspection finds (隐患检出率), nor
# the cases a screening finds (早期病例检出率, 尘肺病患者检出率: finding them is its aim)
_HARM_FOUND = re.compile(
    r"^(?!.*(?:病例|患者|病人|早期|筛查|主动发现))"
    r".*(?:病|病毒|病菌|阳性|带菌|带毒|营养不良|贫血|肥胖|近视|龋齿|超标|残留|不合格|违禁|非法添加)"
    r"[\u4e00-\u9fff]{0,3}检出率$"
)


@functools.lru_cache(maxsize=8192)
def direction_of(name: str) -> str | None:
    """ "正向", "反向" or None when the name does not tell."""
    # (线上缴费用户占比: users who pay, no 费用; 桶边督导日均时长: a day's 督导时长)
    name = name.replace("费用户", "费户").replace("日均时长", "时长")
    if any(w in name for w in _POLICY_SHARES):
        return None  # 单笔贷款风险补偿比例 ≤30%: a share set by the policy, capped
    if _MONEY_CONTROL.search(name):
        return LESS_IS_BETTER
    if _LEVEL_FALLING.search(name) or _DOWNTIME.search(name):
        return LESS_IS_BETTER  # a water table falling or a service down, not a harm cut
    if _ONE_SESSION.search(name):
        return None
    if _INVADED.search(name) and not _INVADER_FOUGHT.search(name):
        return LESS_IS_BETTER  # 菱田水葫芦入侵覆盖率 ≤3%: the ground the invader holds
    if any(w in name for w in _MORE_GOOD) or _COST_CUT.search(name) or _CUT.search(name):
        return MORE_IS_BETTER
    if _CUT_FIRST.match(name):
        return MORE_IS_BETTER  # 减少水土流失面积 ≥1.2平方公里: the size of the cut
    if _HOURS_DONE.search(name):
        return MORE_IS_BETTER
    sought = any(w in name for w in _SPENDING_SOUGHT) and not name.startswith(("单", "每"))
    sought = sought or _PRICE_RISE.search(name) is not None
    if sought or any(w in name for w in _PRICE_SOUGHT):  # (单款新品研发费用: a unit's cost)
        return MORE_IS_BETTER  # 研发费用增长率, 网销客单价: spending or a price sought
    if _LATE.search(name):
        return LESS_IS_BETTER  # 消费投诉超期办结率, 隐患未整改率: the share handled late or not
    if name.endswith(_NEGATED_RATES) or _BREACH_RATE.search(name) or _HARM_FOUND.search(name):
        return LESS_IS_BETTER
    if name.endswith(_POSITIVE_RATES):
        return MORE_IS_BETTER  # the rate's own word wins (住院费用直接结算率: a rate of settling)
    paid_for = _PEOPLE_PAID.search(name) is not None  # (…费用的困难职工: people helped)
    handled = _REMEDY_RATE.search(name)  # (余氯不达标预警处置率: the share of harms handled)
    if any(w in name for w in NEGATIVE) and not (_WATCHED.search(name) or paid_for or handled):
        if not _HANDLED.search(name) or any(w in name and "投诉" not in w for w in NEGATIVE):
            return LESS_IS_BETTER  # (受理消费者投诉件数: the complaints handled, not made)
    plain = name.replace("平均", "")  # (预审平均周期: the average of a case's time)
    if any(w in plain for w in CASE_DURATIONS) and not is_rate(name):
        return LESS_IS_BETTER
    if any(w in name for w in _HARMS):
        acts = _REMEDY_PLACE.sub("区", name)  # (治理区水土流失面积: the place, no remedy)
        if not any(w in acts for w in _REMEDIES):
            return LESS_IS_BETTER
    if _GERM_LEVEL.search(name) or _PEST_DENSITY.search(name):
        return LESS_IS_BETTER
    if _POLLUTANT_LEVEL.search(name) and "进水" not in name:
        # 出水化学需氧量平均浓度: a pollutant's level, not its removal; not a plant's intake
        # (进水BOD浓度 ≥100mg/L: sewage collected undiluted, more is better)
        return LESS_IS_BETTER
    if any(w in name for w in POSITIVE):
        return MORE_IS_BETTER
    return None


# Other offices' words for a direction in a direction column: 逆向 and 负向 are 反向
_DIRECTION_SYNONYMS = {"逆向": LESS_IS_BETTER, "负向": LESS_IS_BETTER}


def stated_direction(name: str, column: str | None) -> str | None:
    """The direction a direction column states (正向, 反向指标, 逆向), else the name's."""
    if column is not None:
        if column.startswith(DIRECTIONS):
            return column[:2]
        if column[:2] in _DIRECTION_SYNONYMS:
            return _DIRECTION_SYNONYMS[column[:2]]
    return direction_of(name)
