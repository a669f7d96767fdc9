"""What a counted indicator counts (F201): what the project delivers (its activities, sessions,
works: an output) or what it achieves (beneficiaries, outcomes, a capacity left: an effect), as
its name says."""

from __future__ import annotations

import re

from goalbook.model import Target
from goalbook.rules.common import is_count
from goalbook.rules.goalcounts import MEASURES
from goalbook.rules.polarity import HANDLING

# A count belongs under an output (产出) tier-2 when it counts what the project delivers: its
# activities, sessions and services given (场次, 次数, 培训人次); a count of beneficiaries or of
# an outcome (受益人次, 新增受益人口, 亩产提高, 宣传覆盖数) is an effect and fits an effect tier-2.
_DELIVERED = (
    "活动", "培训", "宣传", "报道", "会议", "讲座", "建设", "举办", "开展", "发放", "印制",
    "新建", "改建", "修建", "铺设",  # works built (新建污水支管网长度 8公里)
    "安装", "加装", "调试", "购置", "配置", "配备", "采集", "布设",  # kit fitted, things gathered
    "采样", "抽样",  # samples taken (采样点位数量: the points sampled)
)  # fmt: skip # a list of words: kept in lines, not one word a line
_MEASURES = ("场次", "次数", "场数", "期数", "班次", "人次", "篇数")
# (数量, 个数 say only that something is counted: 危桥加固数量, 农机作业服务组织数量 count what
# is there or done by others, an output only with a word of delivery, 开展巡查数量)
_OUTPUT_COUNT = (*_MEASURES, *_DELIVERED)
_SHARES = ("率", "度", "比例", "占比")  # (a share, whatever it counts)
# places named …场 (养殖场, 屠宰场, 农场, 渔场, 填埋场, 停车场), counted before 数: no sessions
# (场数)
_PLACES = re.compile(r"(?<=[殖宰农牧渔林球广市商机猪鸡牛羊鸭鹅种埋车])场(?=数)")
# the time a count is taken in (活动期间…, 培训期间…): no word of what is counted
_DURING = re.compile(r"^[\u4e00-\u9fff]{1,8}期间")
# the people who gather (采集户, 采集人员), not things gathered (采集数量)
_GATHERERS = re.compile(r"采集(?=户|人员|者)")
# things rebuilt or pulled down, counted as such (not 改造林亩均增产, 数字化改造企业; 农房抗震改造
# 户数: the homes rebuilt)
_WORKS_COUNTED = re.compile(
    r"^(?:改造|拆除)\w{1,5}(?:数量|个数)$|\w(?:改造|拆除)(?:数量|个数|户数)$"
)
_CHECKS_DONE = re.compile(
    r"(?:检测|检疫|化验|复核|核查)(?:数量|头次|只次|人次|次数|户数|家数|件数)$"
    r"|检查(?:数量|次数|户数|家数)$"  # (firms checked; not 基层DR检查人次, the people served)
)
# Counts of what a project achieves, not of what it delivers: beneficiaries and changes (these
# win over an activity word anywhere in the name).
_EFFECT_COUNT = (
    "受益", "受助", "惠及", "获益", "带动", "覆盖", "人口", "提高", "提升", "增加", "增长", "增收",
    "减少", "降低", "下降", "产量", "亩产", "收入", "节约",
    "播放量", "点击量", "浏览量", "阅读量", "观看",  # what the public took in (宣传片累计播放量)
)  # fmt: skip # a list of words: kept in lines, not one word a line
# what can be done now (可开展检测项目数, 带教对象独立开展…技术项数: a capacity gained),
# markets opened (新开拓境外市场数, not a count of 场), what was formed to stay (形成专业化培训课程
# ≥12门), what the work brought about (对接活动促成合作项目数): effects, whatever measure their
# name ends in
_GAINED = ("可开展", "可提供", "能够开展", "独立开展", "开拓", "形成", "促成")
# Outcomes (people in work or placed, land restored or improved): what is counted is the one of
# an outcome and an activity named last (培训后实现就业人数: the outcome; 就业帮扶服务人次: the
# service).
_OUTCOMES = ("就业", "安置", "脱贫", "恢复", "改善", "落地", "消除")
# signs of wildlife (大熊猫活动痕迹, 朱鹮活动范围, 野生动物出没): what the work brought back
_WILD_SIGNS = ("活动痕迹", "活动踪迹", "活动范围", "活动区域", "出没")
_KEPT_GOING = ("持续", "长效", "常态")  # a count of what keeps going is no output (常态开展)
_TAKEN_UP = ("采用", "采纳", "引用", "转载", "批示")  # what others took up (被…采用)
# what the media wrote of the work (主流媒体报道篇数, 会议成果新闻报道数): taken up by others
_COVERED = ("媒体报道", "新闻报道")
# what the work's results were put to (培训成果应用于审计项目数): their use, an effect
_APPLIED = ("应用于", "运用于", "转化应用")
# incidents counted are an outcome, even 次数 (and mistakes or breakdowns: 会议保障差错 0次)
_INCIDENTS = ("发生", "事故", "案件", "起数", "违法", "违规", "差错", "失误", "故障", "中断")
# A name ending in a measure of activities counts what is delivered, whatever its topic
# (就业帮扶活动场次): that wins over the outcome words.
_ACTIVITY_MEASURES = ("场次", "场数", "期数", "班次", "篇数", "次数")
# trips counted (车次, 架次): the work's when it names what they do (下乡服务车次, 巡回送书车次)
_TRIPS = ("车次", "架次", "航次", "趟次")
_TRIPS_MADE = ("下乡", "巡回", "送", "运送", "运输", "接送", "转运", "出车", "飞行")
# the use of what a project bought or built (排练厅年使用场次, 新乐器投入演出场次): an effect, not
# the lessons on how to use it (设备使用培训场次)
# (and a venue's year, 古戏台年演出场次: the shows the repaired stage holds)
_USED = re.compile(
    r"(?:使用|利用|投入(?:使用|演出|运营|运行))(?!培训|指导|说明|技能|方法)"
    r"|(?:戏台|礼堂|剧场|剧院|舞台|展厅|场馆)年"
)
# what a project delivers, named before a bare 次数 (举办培训班次数, 上门服务次数)
_ACTIVITIES = (*_DELIVERED, "服务", "帮扶", "检查", "巡查", "督查", "演出", "指导", "走访", "随访",
               "督导", "巡检", "巡河", "巡湖", "巡护", "巡逻")  # fmt: skip


# what stays after the money is spent (培训基地, 定点培训机构, 创新平台, 重点专科): counted under
# 可持续影响, the capacity left, whatever activity word its name holds (乡镇象棋活动点: the
# venues set up to stay)
_CAPACITY = ("基地", "机构", "平台", "中心", "专科", "联盟", "活动点", "活动室", "服务点", "阵地",
             "师资库", "专家库", "人才库", "案例库", "题库", "课程库", "资源库", "知识库",
             "合作企业", "合作单位", "合作院校", "团队", "队伍")  # fmt: skip # (partners, teams)


def lasting(name: str) -> bool:
    kept = name.removesuffix("数量").removesuffix("个数").removesuffix("数")
    if kept.endswith(_KEPT_CURRENT):  # 巡查台账更新次数: a record kept up to date, to stay
        return True
    return kept.removesuffix("建设").endswith(_CAPACITY)  # (重点专科建设数量)


# a record or a resource kept up to date or stored (台账更新次数, 视频资源库累计入库): under
# 可持续影响 what keeps the work going after the project, not an output
_KEPT_CURRENT = ("更新次", "更新频次", "修订次", "入库")  # (维护更新次数 ends as 更新次数)


def output_count(name: str, people: bool = False, served: bool = False, made: bool = False) -> bool:
    """Whether a counted indicator counts what the project delivers (not a rate, not its
    beneficiaries or outcome, not the people it reaches); with ``made`` (a count under a quality
    tier-2) also what it turns out or hands over (藏香猪出栏数量, 种苗供应户数, 挂牌公示作坊数量,
    科普展板更新数量) and the people it trains (参训竹农人数), not those who passed (培训合格
    人数)."""
    name = _GATHERERS.sub("", _PLACES.sub("场所", name))  # 养殖场数 counts farms, not 场数
    name = _DURING.sub("", name)  # (活动期间新办借书证: what the events brought, no 活动 held)
    # (a size, 管网长度, or the year, 年度巡检次数 under 质量: no rate; a year's count under an
    # effect, 礼堂年度文化活动场次, is a venue's yearly use, no output)
    measured = _NO_SHARE.sub("", name).replace("年度", "" if made else "度")
    # (…安装比例 120辆: a share given as a count, T105)
    if any(w in measured for w in _SHARES) or any(w in name for w in _INCIDENTS):
        return False
    if made and (_TURNED_OUT.search(name) or _WORKS_NAMED.match(name)) and not _PASSED.search(name):
        return True  # (under 质量: 整治重大隐患点 ≥60处, the works done)
    if any(w in name for w in _WILD_SIGNS):
        return False  # 大熊猫活动痕迹点位: wildlife seen, an effect (no 活动 held)
    if any(w in name for w in _KEPT_GOING):
        return False  # 品牌赛事持续举办届数: what keeps going, a lasting effect
    if ("被" in name and any(w in name for w in _TAKEN_UP)) or any(
        w in name for w in (*_COVERED, *_APPLIED)
    ):
        return False  # 统计数据被党政部门采用篇数: the uptake of what was delivered, an effect
    if "投诉" in name and not any(w in name for w in HANDLING):
        return False  # 语言服务投诉数: complaints received, an outcome (受理投诉件数: work done)
    if any(w in name for w in _GAINED):
        return False
    if _WORKS_COUNTED.search(name):
        return True  # 改造配料秤数量, 熏蒸窑拆除数量: the works done, counted
    if _CHECKS_DONE.search(name):
        return True  # 鹿只疫病检测数量 ≥1200头次: checks made (not 检测参数, a lab's capacity)
    if _USED.search(name):
        return False  # 排练厅年使用场次, 新乐器投入演出场次: what was delivered, put to use
    if name.endswith(_TRIPS):  # (下乡服务车次; not 道路通行车次, the traffic an effect)
        return any(w in name for w in (*_ACTIVITIES, *_TRIPS_MADE))
    if name.endswith(_ACTIVITY_MEASURES):
        # 次数 alone says how often, not what is delivered: 调用次数, 跑动次数 count a use
        return not name.endswith("次数") or any(w in name for w in _ACTIVITIES)
    if any(w in name for w in _EFFECT_COUNT) or (people and ("服务" not in name or served)):
        return False
    outcome = max(name.rfind(w) for w in _OUTCOMES)
    return max(name.rfind(w) for w in _OUTPUT_COUNT) > outcome


# words with 度 that name no share: sizes (管网长度), dispatching (调度员), rules (制度), a
# quarter's or a month's (季度), a quota (额度)
_NO_SHARE = re.compile("长度|宽度|高度|深度|厚度|调度|制度|季度|月度|额度")


# what is turned out or handed over (出栏, 供应, batches made), made public (挂牌公示), renewed
# (展板更新数量, not 台账更新次数, how often a record is kept), the people trained (参训,
# 培训…人数) or the sites a trial or a show is held on
_TURNED_OUT = re.compile(
    r"出栏|供应|挂牌|公示|更新(?!次|频)|参训|培训\w*(?:人数|人次|户数)|培训$"
    r"|(?:试验|示范|监测|观测)(?:点|田|片|基地)(?:个数|数量|数)?$"  # sites set up (品种筛选试验点)
    r"|(?:发酵|腐熟|生产|加工|烘干|制作|炒制)(?:批次|批数)$"  # batches made (腐熟发酵批次)
    r"|(?<!录)制作(?:数量|个数|数)?$"  # things made (展板制作数量; not 录制作品数, works recorded)
    r"|编制(?:数量|个数|份数|项数)$"  # plans drawn up (农业气象灾害风险区划编制数量)
    r"|(?:培育|繁育|育成|扩繁)(?:数量|尾数|头数|株数)$"  # stock bred (后备亲本鱼培育数量)
    r"|(?:填报|录入)(?:数量|份数|条数)$"  # forms filled in (普查表填报数量)
    r"|(?:建成|新建)(?:数量|个数|数)$"  # works built (社区绘本馆建成数量)
    r"|更换\w{0,4}(?:数量|个数|套次|次数)$"  # parts renewed (更换诱芯数量 ≥2000套次)
    # care given to people (并发症筛查随访人次, 老年人体检人数; not 筛查阳性人数, what is found)
    r"|(?:随访|体检|诊疗|接种|筛查)(?:(?!阳性|异常|确诊)[\u4e00-\u9fff]){0,4}(?:人数|人次)$"
    r"|^培训[\u4e00-\u9fff]{2,8}$"  # those trained, named by the act (培训学校终端管理员 ≥56人)
    r"|报告(?:份数|数量|数)?$"  # reports written (品质测报报告 ≥6份; not those passed: _PASSED)
    r"|^组建[\u4e00-\u9fff]{2,14}$"  # teams formed (组建…律师团队人数 ≥30人)
    r"|床位(?:数量|张数|数)?$"  # beds set up (失智照护专区床位数 ≥60张)
    r"|发放(?:户数|人数|人次|份数)$"  # what is paid or handed out to whom (补贴发放户数)
    r"|^新?认定[\u4e00-\u9fff]{2,10}数量?$"  # what is newly recognised (新认定普惠性民办幼儿园数)
)
# works named by their act first, with nothing after the thing (整治重大隐患点, 修缮村史馆)
# (not what is found after them, 修缮后屋面渗漏处, 改造后桑叶亩产: an outcome)
# (and things fitted or renewed, 更换航标灯器 ≥120套, 新设置灯浮标 ≥20座)
_WORKS_NAMED = re.compile(
    r"^(?:整治|改造|拆除|修缮|维修|清理|更换|安装|购置|新设置?|新建|配备|配置|配套|展出)(?!后)[\u4e00-\u9fff]{2,8}$"
)
_PASSED = re.compile("合格|达标|考核|结业|持证|取证|获证|认证|优秀|获奖")


# the endings of a name that asks for a time (…发放时限, …办理用时, …建设周期)
TIME_ASKED = ("时限", "时间", "时长", "用时", "周期", "天数", "日期", "进度")


def held(name: str, target: Target) -> bool:
    """A count of events the project holds (活动举办次数 ≥10场, 培训期数 ≥4期), no time asked of
    them (not …发放时限, …周期)."""
    return (
        target.unit in ("场", "期", "届")  # (not 次: 补贴发放次数 12次 says how often it is paid)
        and name.endswith(("次数", "场次", "期数", "场数", "届数"))
        and not name.endswith(TIME_ASKED)
        and output_count(name, made=True)
    )


def an_amount(name: str, target: Target) -> bool:
    """An amount by weight, area or volume with no word of time in its name (亩均产量 ≥1500
    公斤): no timeliness, whatever tier-2 it is filed under."""
    return target.unit in _AMOUNT_UNITS and _TIMEISH.search(name) is None


def built_amount(name: str, target: Target) -> bool:
    """What the project builds or adds, counted in a unit of things or amounts (新增冷库库容
    ≥2000吨, 新建烘干房 ≥3座): an output, no quality (not a level, 新建校舍抗震设防烈度 8度, a
    life, …设计使用年限 50年, a grade, 新建景区评定等级 3A级, nor a share)."""
    level = target.unit in ("度", "分") or "级" in target.unit or "等级" in name
    counted = (is_count(target) and not level) or target.unit in _AREAS
    if _HANDLED_AMOUNT.search(name) and target.unit in _AMOUNT_UNITS:
        return True  # 市场年交易蔬菜量 ≥20万吨: the goods handled, an output
    if _WORKED_AREA.search(name) and target.unit in _AREAS and not _PASSED.search(name):
        return True  # 隔离带清理面积 ≥1800亩: the ground worked, an output (not 验收合格面积)
    return _BUILT.match(name) is not None and target.number is not None and counted


# the ground a project works (隔离带清理面积, 低产林改造面积)
_WORKED_AREA = re.compile(r"(?:清理|清除|改造|种植|治理|修复|复垦|整治|造林|补植)面积$")
# an amount of goods a market or a plant handles or a project buys (年交易蔬菜量, 鲜果收购量,
# 冷链配送量, 砧木种子采购数量, 航道疏浚土方量, 年处理厕所粪污量)
_HANDLED_AMOUNT = re.compile(
    r"(?:交易|销售|收购|采购|购置|加工|配送|集配|储备|运输|疏浚|清淤|处理|清运)[\u4e00-\u9fff]{0,4}量$"
)


def priced(name: str, target: Target) -> bool:
    """A price or a cost of each thing (扣蟹采购单价 ≤30元/斤, 每公里造价 ≤0.6万元/公里): money
    for each unit, named as a price or a cost."""
    if target.unit in ("元", "万元") and (_EACH_PAID.search(name) or _COST_OF_SERVICE.search(name)):
        return True  # (基地提升每亩补助 ≤400元: the unit said in the name; 幼苗采购费 ≤20万元)
    return _PER_UNIT.match(target.unit) is not None and _PRICE.search(name) is not None


# any word of time or of work done by a time (当年开工, 按月, 完成进度, 期限, 批次 by 节前)
_TIMEISH = re.compile("年|[月季周天日]|前|完成|进度|期|时|次")
_AMOUNT_UNITS = MEASURES | {"斤"}  # (amounts a goal states in their own unit, and 斤)
_BUILT = re.compile("新增|新建|建成|扩建|建设")
_AREAS = _AMOUNT_UNITS | {"平方米"}
_PER_UNIT = re.compile(r"^万?元/")
_PRICE = re.compile("单价|造价|价格|成本|费用|补助标准|补贴标准|奖补标准|补贴金额|补助金额")
# the cost of buying, hiring or a service, said as a fee or a cost (幼苗采购费, 种子采购成本)
_COST_OF_SERVICE = re.compile("(?:采购|购置|租赁|运输|服务|管理)(?:费|成本)$")
_EACH_PAID = re.compile(  # (基地提升每亩补助, 每万株种苗成本, 单所食堂改造平均成本)
    r"每万?(?:亩|个|人|户|头|只|吨|公里|株|套|台)\w{0,4}?(?:补助|补贴|奖补|造价|单价|成本)"
    r"|^单(?:所|座|个|套|台|户|亩|点次|点|场|批次)\w{0,6}?(?:补助|补贴|奖补|造价|成本|费用)$"
)
