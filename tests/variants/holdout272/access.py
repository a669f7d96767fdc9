"""Returns on 无障碍改造: homes, public buildings, blind lanes, information access (rv07–rv12)."""

from __future__ import annotations

from tests.variants.holdout272.common import OPS, TWO, WIDE, funds, indicators, project, wan
from tests.variants.holdout272.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")


@variant("rv07-home-access-points", (10,), "project, NAT-2021, a tier-1 score column and an "
         "indicator score column (100 both ways), a rate raised in 百分点 (correct)")  # fmt: skip
def rv07() -> Book:
    b, s = project(
        year=2025, name="困难重度残疾人家庭无障碍改造", dept="云岙县残疾人联合会（608001）",
        unit="云岙县残疾人联合会", money=funds(240, 200, 40),
        goals=["为不少于380户困难重度残疾人家庭实施居家无障碍改造，改善残疾人居家生活"
               "和出行条件。"],
    )  # fmt: skip
    rows = [
        ("产出指标", 50, "数量指标", "完成家庭无障碍改造户数", "≥380户", 20),
        (None, None, None, "安装扶手、坡道等无障碍设施件数", "≥1500件", 10),
        (None, None, "质量指标", "改造工程验收合格率", "≥98%", 10),
        (None, None, "时效指标", "改造工程完工时间", "2025年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "户均改造补助标准", "≤6000元/户", 10),
        ("效益指标", 30, "社会效益指标", "重度残疾人居家自理率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "改造设施正常使用年限", "≥8年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "受助家庭满意度", "≥90%", 10),
    ]
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("rv08-access-points-wrong", (10, 12), "project, NAT-2021, tier-1 scores against the "
         "indicator scores under them, and a 年度资金总额 that is not its parts")  # fmt: skip
def rv08() -> Book:
    total = mk(wan(315), "B101", "error", row=True, note="财政拨款280 + 其他资金25 = 305")
    b, s = project(
        year=2025, name="城区公共服务场所无障碍设施改造", dept="石坪区住房和城乡建设局（221004）",
        unit="石坪区市政设施管理所", attr="一次性项目",
        money=[["年度资金总额", total, "其中：财政拨款", wan(280)],
               ["其他资金", wan(25), None, None]],
        goals=["对城区不少于45个公共服务场所实施无障碍改造，新建或改造无障碍卫生间不少于30个。"],
    )  # fmt: skip
    out = mk(50, "W103", "error", note="产出指标下各指标分值 20+15+10+10 = 55")
    eff = mk(30, "W103", "error", note="效益指标下各指标分值 15+10 = 25")
    rows = [
        ("产出指标", out, "数量指标", "改造公共服务场所数量", "≥45个", 20),
        (None, None, None, "新建或改造无障碍卫生间数量", "≥30个", 15),
        (None, None, "质量指标", "改造工程验收合格率", "≥98%", 10),
        (None, None, "时效指标", "改造工程完工时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "单个场所改造平均成本", "≤6万元/个", 10),
        ("效益指标", eff, "社会效益指标", "公共服务场所无障碍设施达标率提高", "≥10百分点", 15),
        (None, None, "可持续影响指标", "改造设施日常维护机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "残疾人群众满意度", "≥90%", 10),
    ]
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("rv09-access-template-rows", (6, 13), "project, NAT-2021, header 预期目标: two tier-2 "
         "labels left from the template without indicators, a value without a name")  # fmt: skip
def rv09() -> Book:
    b, s = project(
        year=2025, name="农村困难残疾人家庭无障碍改造", dept="松禾县残疾人联合会（714001）",
        unit="松禾县残疾人联合会", money=funds(140, 120, 20),
        goals=["为不少于260户农村困难残疾人家庭实施无障碍改造，消除居家安全隐患。"],
    )  # fmt: skip
    nameless = mk(None, "F110", "error", note="时效指标下填了完成时间，三级指标名称空着")
    social = mk("社会成本指标", "F109", "warning", row=True, note="模板行，未填指标和指标值")
    eco = mk("生态效益指标", "F109", "warning", row=True, note="模板行，未填指标和指标值")
    rows = [
        ("产出指标", "数量指标", "改造农村残疾人家庭户数", "≥260户"),
        (None, "质量指标", "改造工程验收合格率", "≥98%"),
        (None, "时效指标", nameless, "2025年10月31日前"),
        ("成本指标", "经济成本指标", "户均改造补助标准", "≤5000元/户"),
        (None, social, None, None),
        ("效益指标", "社会效益指标", "受助家庭居家安全隐患消除率", "≥90%"),
        (None, eco, None, None),
        (None, "可持续影响指标", "改造设施正常使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant("rv10-access-second-sheet", (7,), "project: head on the first sheet, the "
         "indicator table on a second sheet under 指标内容 and 预期实现值 with a 备注 "
         "column (correct)")  # fmt: skip
def rv10() -> Book:
    b, _ = project(
        sheet="项目信息", year=2025, name="城区盲道修复和无障碍标识设置",
        dept="榆泉区残疾人联合会（305002）", unit="榆泉区城市管理局", money=funds(110, 100, 10),
        goals=["修复城区主干道盲道不少于12公里，设置无障碍标识牌不少于600块，"
               "保障视力残疾人出行安全。"],
    )  # fmt: skip
    s = b.sheet("绩效指标", WIDE)
    s.title("项目绩效指标表", 5)
    rows = [
        ("产出指标", "数量指标", "修复城区盲道长度", "≥12公里", None),
        (None, None, "设置无障碍标识牌数量", "≥600块", None),
        (None, "质量指标", "盲道修复验收合格率", "≥98%", "按无障碍设计规范验收"),
        (None, "时效指标", "修复工程完工时间", "2025年9月30日前", None),
        (None, "成本指标", "每公里盲道修复成本", "≤8万元/公里", "计划标准"),
        ("效益指标", "社会效益指标", "城区主干道盲道连续贯通率", "≥90%", None),
        (None, "可持续影响指标", "盲道日常巡查机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "视力残疾人满意度", "≥90%", "抽样问卷"),
    ]
    header = ("一级指标", "二级指标", "指标内容", "预期实现值", "备注")
    indicators(s, header, rows, caption=None)
    return b


@variant("rv11-access-multi-year-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def rv11() -> Book:
    goal = (
        "以城乡居住小区、公共服务场所和残疾人家庭为重点推进无障碍环境建设，改善残疾人"
        "出行和居家生活条件，形成无障碍设施长效维护机制。"
    )
    b, s = project(
        year=2025, years=3, name="城乡无障碍环境建设行动", attr="新增项目",
        dept="溱川县残疾人联合会（826001）", unit="溱川县住房和城乡建设局",
        money=funds(210, 190, 20, period=(600, 540, 60)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
    )  # fmt: skip
    homes = mk("≥1200户", "D202", "warning", note="三年累计户数照抄为年度值")
    estates = mk("≥30个", "D202", "warning", note="三年累计小区数照抄为年度值")
    rows = [
        ("产出指标", "数量指标", "残疾人家庭无障碍改造户数", "≥1200户", homes),
        (None, None, "改造居住小区数量", "≥30个", estates),
        (None, None, "改造公共服务场所数量", "≥90个", "≥30个"),
        (None, "质量指标", "改造工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个公共服务场所改造平均成本", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "无障碍设施达标率提高", "≥15百分点", "≥5百分点"),
        (None, "可持续影响指标", "无障碍设施维护机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "残疾人满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TWO, rows)
    return b


@variant("rv12-access-artefacts", (9,), "project, OLD-NAT, operator and unit columns: a "
         "total split by a space, a completion date pasted as a serial, a unit cost rounded "
         "to 0")  # fmt: skip
def rv12() -> Book:
    split = mk("356.482 5", "X105", "warning", alt=("X103",), note="读作356.4825 = 300 + 56.4825")
    serial = mk("46022", "X104", "warning", note="文本单元格中的日期序列号，即2025-12-31")
    b, s = project(
        year=2025, name="政务服务场所信息无障碍改造", dept="蓼湾区残疾人联合会（932001）",
        unit="蓼湾区政务服务中心", end=serial,
        money=[["年度资金总额", split, "其中：财政拨款", wan(300)],
               ["其他资金", money(56.4825, '0.0000"万元"'), None, None]],
        goals=["改造政务服务窗口不少于40个，配置读屏、助听等信息无障碍终端不少于120台。"],
    )  # fmt: skip
    zero = mk(0, "T115", "error", note="单台成本按万元取整后成了0")
    rows = [
        ("产出指标", "数量指标", "改造政务服务窗口数量", "≥", 40, "个"),
        (None, None, "配置信息无障碍终端数量", "≥", 120, "台"),
        (None, "质量指标", "终端设备验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "改造完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "单台终端采购成本", "≤", zero, "万元/台"),
        ("效益指标", "社会效益指标", "残疾人政务服务一次办结率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "信息无障碍服务机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "残疾人办事满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OPS, rows)
    return b
