"""Returns tc13–tc18: 食堂改造 and 营养健康教育 over several years, 食品安全 tables with points at
two levels and operators in words, department money and conversion artefacts."""

from __future__ import annotations

from tests.variants.holdout305.common import (
    budget_line,
    cash,
    department,
    funds,
    indicators,
    notes,
    project,
)
from tests.variants.holdout305.registry import variant
from tests.variants.kit import Book, C, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("tc13-three-year-canteens", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the "
         "period, unit costs and rates equal in both, a period deadline in the last year "
         "(correct)")  # fmt: skip
def tc13() -> Book:
    b, s = project(
        "苇塘市中小学食堂标准化改造（2026—2028年）", "苇塘市教育局 118", "苇塘市教育基建中心",
        [("中期资金总额", cash(1500), "年度资金总额", cash(520)),
         ("其中：财政拨款", cash(1350), "其中：财政拨款", cash(470)),
         ("其他资金", cash(150), "其他资金", cash(50))],
        ["三年完成50所中小学食堂标准化改造，培训食堂从业人员1500人次。",
         "2026年完成17所食堂改造，培训从业人员500人次。"],
        years=3, attr="新增项目",
    )  # fmt: skip
    indicators(s, TWO, [
        ("成本指标", "经济成本指标", "每所食堂改造补助标准", "≤30万元/所", "≤30万元/所"),
        ("产出指标", "数量指标", "完成标准化改造食堂数", "≥50所", "≥17所"),
        (None, None, "培训食堂从业人员", "≥1500人次", "≥500人次"),
        (None, "质量指标", "改造工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "社会效益指标", "食堂食品安全量化等级A级占比", "提高≥15百分点",
         "提高≥5百分点"),
        (None, "可持续影响指标", "改造设施使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tc14-two-year-copied", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
         "annual count above its period count, a cumulative count copied")  # fmt: skip
def tc14() -> Book:
    goal = "两年内在全区中小学开展营养健康教育讲座，编印膳食指导手册，培训学校营养指导员。"
    b, s = project(
        "柘湾区中小学营养健康教育提升行动", "柘湾区教育和体育局 205", "柘湾区疾控中心",
        [("中期资金总额", cash(80), "年度资金总额", cash(45)),
         ("其中：财政拨款", cash(80), "其中：财政拨款", cash(45))],
        [goal, mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")],
        years=2,
    )  # fmt: skip
    above = mk("≥150场", "D201", "error", note="150 lectures in the year, 120 over two years")
    copied = mk("≥20000册", "D202", "warning", note="a cumulative count copied from 中期")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "营养健康教育讲座场次", "≥120场", above),
        (None, None, "编印营养膳食指导手册", "≥20000册", copied),
        (None, None, "培训学校营养指导员", "≥240人", "≥120人"),
        (None, "质量指标", "讲座学生参与率", "≥90%", "≥90%"),
        (None, "时效指标", "讲座完成时间", "2027年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "每场讲座成本", "≤0.2万元/场", "≤0.2万元/场"),
        ("效益指标", "社会效益指标", "学生营养知识知晓率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "营养健康教育课程体系", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


SCORED = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("tc15-points-two-levels", (10, 1),
         "project, NAT-2021, tier score column and indicator score column both adding to 100, "
         "a 知晓率 raised in 百分点, a 下降率 with ≥, 0起 incidents, a typed 100% "
         "(correct)")  # fmt: skip
def tc15() -> Book:
    b, s = project(
        "栖梧县校园食品安全守护行动", "栖梧县教育局 301", "栖梧县学校后勤管理站",
        funds(30, 30, 0),
        ["在68所学校开展食材入库快检，落实学校负责人陪餐，全年不发生校园食品安全事故。"],
    )  # fmt: skip
    indicators(s, SCORED, [
        ("成本指标", 10, "经济成本指标", "每所学校快检试剂费", "≤0.3万元/所", 10),
        ("产出指标", 50, "数量指标", "开展食材快检的学校数", "≥68所", 15),
        (None, None, None, "学校负责人陪餐天数", "≥180天", 10),
        (None, None, "质量指标", "快检问题食材处置率", pct(1), 15),
        (None, None, "时效指标", "快检结果上传时限", "≤24小时", 10),
        ("效益指标", 30, "社会效益指标", "校园食品安全事故", "0起", 10),
        (None, None, None, "食材快检不合格率下降率", "≥10%", 5),
        (None, None, None, "学生食品安全知识知晓率", "提高≥3百分点", 5),
        (None, None, "可持续影响指标", "陪餐与快检工作机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "师生及家长满意度", pct(0.92), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


WORDS = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")


@variant("tc16-direction-words", (11,),
         "project, OLD-NAT, operators in words in a 指标方向 column, bare numbers with a unit "
         "column: ≥ on a 不合格率, ≤ on a 准时率, 等于 on a cost cap")  # fmt: skip
def tc16() -> Book:
    b, s = project(
        "苇塘市学校食堂大宗食材统一配送监管", "苇塘市市场监督管理局 126", "苇塘市食品安全中心",
        funds(150, 120, 30),
        ["对75所学校食堂大宗食材实行统一配送和全程溯源，确保食材安全、配送准时。"],
    )  # fmt: skip

    def wrong(op: str, why: str) -> C:
        return mk(op, "T108", "warning", row=True, note=why)

    indicators(s, WORDS, [
        ("产出指标", "数量指标", "统一配送覆盖学校数", "大于等于", 75, "所"),
        (None, "质量指标", "食材溯源信息完整率", "大于等于", 98, "%"),
        (None, None, "配送食材抽检不合格率", wrong("大于等于", "不合格率 is 反向"), 2, "%"),
        (None, "时效指标", "食材配送准时率", wrong("小于等于", "准时率 is 正向"), 95, "%"),
        (None, "成本指标", "每生每餐食材配送成本", wrong("等于", "= on a cost cap"), 0.8,
         "元/人·餐"),
        ("效益指标", "经济效益指标", "学校食材采购成本下降率", "大于等于", 5, "%"),
        (None, "可持续影响指标", "配送企业动态考评机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "学校及家长满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("tc17-department-money", (12,),
         "department, NAT-2021: budget with a share line, key tasks adding to 金额合计 = "
         "项目支出, a footnote explaining the total (correct)")  # fmt: skip
def tc17() -> Book:
    b, s = department(
        "苇塘市教育局",
        [budget_line(2400, 2160, 240, 600, 1800),
         (pct(1), pct(0.9), pct(0.1), pct(0.25), pct(0.75))],
        "保障12000名学生营养膳食补助，完成15所食堂以奖代补改造，强化食品安全抽检和陪餐督导。",
        [("营养膳食补助", "每生每天5元，供餐200天", cash(1200), "足额发放"),
         ("食堂改造以奖代补", "15所学校食堂改造", cash(450), "改造达标"),
         ("食品安全抽检与陪餐督导", "抽检、快检和陪餐检查", cash(90), "无重大事故"),
         ("营养健康教育", "课程、讲座和宣传", cash(60), "知晓率提升"),
         ("金额合计", None, cash(1800), None)],
    )  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "生均膳食补助标准", "≤5元/人·天"),
        (None, None, "食堂以奖代补标准", "≤30万元/所"),
        ("产出指标", "数量指标", "受益学生人数", "≥12000人"),
        (None, None, "以奖代补改造食堂数", "≥15所"),
        (None, "质量指标", "食品安全监督抽检合格率", "≥98%"),
        (None, "时效指标", "补助资金拨付及时率", pct(0.95)),
        ("效益指标", "社会效益指标", "学生营养不良检出率", "≤5%"),
        (None, "可持续影响指标", "学生营养改善工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计1800万元为项目支出，另有基本支出600万元，资金总额2400万元。", width=4)
    return b


@variant("tc18-pasted-artefacts", (9, 12),
         "project, OLD-NAT, one value column, detail lines below the table: a start date as a "
         "serial in a text cell, an amount pasted twice, an amount 10 000x its share")  # fmt: skip
def tc18() -> Book:
    serial = mk("46023", "X104", "warning", note="2026-01-01 as a serial in a text cell")
    b, s = project(
        "柘湾区农村学校食堂设施设备更新", "柘湾区教育和体育局 205", "柘湾区学校后勤管理中心",
        funds(200, 200, 0),
        ["为16所农村学校食堂更新厨房设备和冷链、留样设施，8月底前安装到位。"],
        start=serial,
    )  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the 10 000x line stops the lines adding up")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新设施设备的食堂数", "≥16所"),
        (None, "质量指标", "设备验收合格率", pct(1)),
        (None, "时效指标", "设备安装完成时间", "2026年8月31日前"),
        (None, "成本指标", "每所食堂平均投入", "≤12.5万元/所"),
        ("效益指标", "社会效益指标", "新增食堂供餐能力", "≥2400人份/餐"),
        (None, "可持续影响指标", "设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("45万45万(含安装)", "X106", "error", alt=("B108",), note="45 pasted twice")
    lost = mk(cash(120000), "B110", "error", note="12 typed as 120000: the lines give 200")
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for item, amount in (("厨房设备更新", cash(95)), ("冷链储存设施", twice),
                         ("留样柜及快检设备", lost), ("排油烟及消防改造", cash(48))):  # fmt: skip
        s.row(None, item, None, amount, merge=[(2, 3)])
    s.row("合计", None, None, cash(200), merge=[(2, 3)])
    return b
