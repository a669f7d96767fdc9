"""Held-out returns: rows that are not indicators, and cells as Excel stores them (items 1, 4,
9, 11)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, day, mk, money, ok, pct

ONE = ["一级指标", "二级指标", "三级指标", "指标值"]
WAN4 = '0.0000"万元"'


@variant("x14-footnote-signature", (4,), "project, OLD-NAT, one value column; a footnote row, "
         "a signature line and a stamp line below the table; correct")  # fmt: skip
def x14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="公共文化服务进基层", dept="澜西市文化广电旅游局",
        unit="澜西市文化馆",
        money=[("年度资金总额", 150, "其中：财政拨款", 140), (None, None, "其他资金", 10)],
        goals=["开展送文化下乡演出80场、公益培训40期，提升基层公共文化服务水平。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "送文化下乡演出场次", "≥80场"],
        [None, None, "举办公益文化培训班", "≥40期"],
        [None, "质量指标", "演出节目内容审核通过率", "=100%"],
        [None, "时效指标", "年度活动计划按期完成率", "≥95%"],
        [None, "成本指标", "每场演出补助标准", "≤1.2万元/场"],
        ["效益指标", "社会效益指标", "行政村文化服务覆盖率", "≥90%"],
        [None, "可持续影响指标", "基层文化服务长效机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "基层群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    s.row("注：1.本表金额单位为万元；2.指标值均为2025年度目标；3.满意度通过抽样问卷调查取得。",
          merge=[(1, 6)])  # fmt: skip
    s.skip()
    s.row("单位负责人：", "（签字）", "财务负责人：", "（签字）", "填报人：", "陈某")
    s.row("填报日期：", day(2024, 10, 18, CN_DATE), None, None, "（单位盖章）", None)
    return b


@variant("x15-note-inside-defects", (4,), "project, OLD-NAT; an instruction row between the "
         "tiers and a signature line; a placeholder and a rate given as a word")  # fmt: skip
def x15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="人民调解以案定补", dept="望川县司法局", unit="望川县司法局",
        money=[("年度资金总额", 60, "其中：财政拨款", 60), (None, None, "其他资金", 0)],
        goals=["全年调解各类矛盾纠纷1500件以上，调解成功率95%以上，促进基层社会和谐稳定。"],
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "调解矛盾纠纷件数", "≥1500件"],
        [None, None, "开展法治宣传活动",
         mk("≥XX场", "X101", "error", row=True, note="placeholder left in the value")],
        [None, "质量指标", "调解成功率", "≥95%"],
        [None, None, "资金使用合规率",
         mk("合规", "T105", "error", note="a rate given as a word")],
        [None, "时效指标", "以案定补资金发放及时率", "≥95%"],
        [None, "成本指标", "每件纠纷补贴标准", "≤300元/件"],
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：三级指标可根据项目实际增减，每个二级指标不少于1项。", merge=[(1, 4)])
    s.table([
        ["效益指标", "社会效益指标", "矛盾纠纷就地化解率", "≥90%"],
        [None, "可持续影响指标", "人民调解以案定补制度", "健全"],
        ["满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填报人：赵某", None, "审核人：孙某", None, "填报日期：2024年11月2日", None,
          merge=[(1, 2), (3, 4), (5, 6)])  # fmt: skip
    return b


OPW = ["一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"]


@variant("x16-percent-words", (1,), "project, OLD-NAT, 指标方向 holding word operators "
         "(大于等于/小于等于/等于), percent cells in 0%, 0.0% and a quoted-% format, 万元 "
         "in a 0.0000 format; correct")  # fmt: skip
def x16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(
        s, year=2025, name="中小学生午餐补助", dept="望川县教育局", unit="望川县学生资助管理中心",
        money_label="项目资金",
        money=[("年度资金总额", money(612, WAN4), "其中：财政拨款", money(600, WAN4)),
               (None, None, "其他资金", money(12, WAN4))],
        goals=["为全县46所中小学8500名学生提供午餐补助，保障学生营养健康。"],
    )  # fmt: skip
    s.table([
        OPW,
        ["产出指标", "数量指标", "受益学生人数", "大于等于", 8500, "人"],
        [None, None, "供餐学校数", "大于等于", 46, "所"],
        [None, "质量指标", "食堂食品安全抽检合格率", "等于", pct(1), "%"],
        [None, "时效指标", "补助资金按月拨付率", "大于等于", pct(0.95), "%"],
        [None, "成本指标", "生均每日午餐补助标准", "小于等于", 3.5, "元/人·天"],
        ["效益指标", "社会效益指标", "学生体质健康达标率", "大于等于", pct(0.925, "0.0%"), "%"],
        [None, "可持续影响指标", "学校供餐管理制度", None, "健全", None],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "大于等于", C(90, '0"%"'), "%"],
    ], merged=(1, 2))  # fmt: skip
    return b


OPS = ["一级指标", "二级指标", "三级指标", "符号", "目标值", "单位"]


@variant("x17-percent-defects", (1, 11), "project, NAT-2021, operator column headed 符号, "
         "percent cells: a 合格率 of 105%, an accident rate with ≥")  # fmt: skip
def x17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="老旧小区综合改造", dept="鹤岭区住房和城乡建设局",
        unit="鹤岭区城市更新服务中心",
        money=[("年度资金总额", 1500, "其中：财政拨款", 1200), (None, None, "其他资金", 300)],
        goals=["完成14个老旧小区综合改造，惠及居民620户。"],
    )  # fmt: skip
    s.table([
        OPS,
        ["成本指标", "经济成本指标", "户均改造成本", "≤", 2.2, "万元/户"],
        [None, "社会成本指标", "改造施工安全事故发生率",
         mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"), pct(0.01), "%"],
        ["产出指标", "数量指标", "改造老旧小区数量", "≥", 14, "个"],
        [None, None, "惠及居民户数", "≥", 620, "户"],
        [None, "质量指标", "改造工程竣工验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="shows 105%"), "%"],
        [None, "时效指标", "年度改造任务完成率", "≥", pct(0.95), "%"],
        ["效益指标", "社会效益指标", "改造小区基础设施完好率", "≥", pct(0.9), "%"],
        [None, "可持续影响指标", "小区长效管理机制", None, "健全", None],
        ["满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥", pct(0.9), "%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x18-unit-in-format", (1,), "project, OLD-NAT, operator column 比较方式, no unit "
         "column: units only in the number formats (公里, 人, 万元/公里), percent cells; "
         "correct")  # fmt: skip
def x18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="农村供水管网延伸", dept="望川县水务局", unit="望川县农村供水管理站",
        money_label="项目资金",
        money=[("年度资金总额", money(420, WAN), "其中：财政拨款", money(400, WAN)),
               (None, None, "其他资金", money(20, WAN))],
        goals=["新建农村供水管网120公里，新增受益人口1.8万人，提升农村自来水普及率。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "比较方式", "目标值"],
        ["产出指标", "数量指标", "新建供水管网长度", "≥", C(120, '0"公里"')],
        [None, None, "新增受益人口", "≥", C(18000, '#,##0"人"')],
        [None, "质量指标", "出厂水水质检测合格率", "≥", pct(0.95)],
        [None, "时效指标", "工程完工时间", None, "2025年11月30日前"],
        [None, "成本指标", "每公里管网建设成本", "≤", C(3.2, '0.0"万元/公里"')],
        ["效益指标", "社会效益指标", "农村自来水普及率", "≥", pct(0.96)],
        [None, "可持续影响指标", "供水工程管护机制", None, "健全"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9)],
    ], merged=(1, 2))  # fmt: skip
    return b


OPC = ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"]


@variant("x19-unit-format-conflict", (1, 9), "project, OLD-NAT, operator and unit columns: a "
         "万元 number format against the unit column 人, a coverage rate formatted as 个, the "
         "plan end date as a date serial in a text cell")  # fmt: skip
def x19() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="农村电商服务站点建设", dept="鹤岭区商务局",
        unit="鹤岭区电子商务发展中心", attr="新增项目",
        end=mk("46022", "X104", "warning", note="serial of 2025-12-31 typed as text"),
        money=[("年度资金总额", 300, "其中：财政拨款", 300), (None, None, "其他资金", 0)],
        goals=[ok("新建村级电商服务站点45个，培训农村电商人员600人次，带动农户就业增收1200人。",
                  note="D104 against the 万元 of the 人 count is the same slip, tolerated")],
    )  # fmt: skip
    s.table([
        OPC,
        ["产出指标", "数量指标", "新建村级电商服务站点", "≥", C(45, '0"个"'), "个"],
        [None, None, "培训农村电商人员", "≥", C(600, '0"人次"'), "人次"],
        [None, None, "带动农户就业增收人数", "≥",
         mk(C(1200, '0"万元"'), "T112", "error", note="shows 1200万元, unit column 人"), "人"],
        [None, "质量指标", "站点建设验收合格率", "=", pct(1), "%"],
        [None, "时效指标", "站点建成投运时间", None, "2025年10月31日前", None],
        [None, "成本指标", "每个站点建设补助", "≤", 6, "万元/个"],
        ["效益指标", "社会效益指标", "行政村电商服务覆盖率", "≥",
         mk(C(85, '0"个"'), "T105", "error", alt=("T112",), note="shows 85个 for a rate"), "%"],
        [None, "可持续影响指标", "站点运营管理机制", None, "健全", None],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", pct(0.9), "%"],
    ], merged=(1, 2))  # fmt: skip
    return b
