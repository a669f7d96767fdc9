"""Returns of the breeding-stock and feed station (种畜与饲料站) serving both farms: ew13–ew18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout611.common import (
    DEPT,
    TIERS,
    YEAR,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout611.registry import variant
from tests.variants.kit import Book, mk, pct

STATION = "栖麓县蒿坪种畜与饲料站"


@variant(
    "ew13-station-headers",
    (7, 4),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a weight "
    "column with subtotal rows, a header repeated after a page break, 说明 and signature "
    "lines (correct)",
)
def ew13() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="种鸟种麝调剂项目",
        dept=DEPT,
        unit=STATION,
        money=one_year(75, 75, 0),
        goals=["向鸵鸟场调剂种鸟150只、向林麝场调剂种麝20头，调剂种畜检疫合格率100%。"],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "权重")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "调剂种鸟", "≥150只", 15),
            (None, None, "调剂种麝", "≥20头", 10),
            (None, "质量指标", "调剂种畜检疫合格率", "=100%", 10),
            (None, "时效指标", "调剂完成时间", "2026年11月30日前", 5),
            (None, "成本指标", "运输检疫费用标准", "≤200元/只（头）", 10),
            ("产出指标小计", "", None, None, 50),
        ],
    )
    s.skip()
    indicators(
        s,
        head,
        [
            ("效益指标", "经济效益指标", "受调剂场户增收", "≥60万元", 15),
            (None, "社会效益指标", "种畜近亲繁殖比例下降", "≥5百分点", 15),
            ("效益指标小计", "", None, None, 30),
            ("满意度指标", "服务对象满意度指标", "受调剂场户满意度", "≥90%", 20),
            ("合计", "", None, None, 100),
        ],
    )
    notes(
        s,
        "说明：权重按指标填写，小计与合计行不重复计分。",
        "填表说明：调剂种畜的运输、检疫费用在项目资金中列支。",
        width=5,
    )
    sign(s, "姚念真", "0836-5183390")
    return b


@variant(
    "ew14-station-export",
    (7, 9),
    "budget-system export: money on sheet 05-1, indicators "
    "on 05-2 with codes in the first columns and the header on the third row: a date "
    "serial, a template example, a year left in a name",
)
def ew14() -> Book:
    b, s = new_book("部门项目支出预算05-1", (18, 24, 14, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("51183626000031", "种畜饲料配送项目", wan(96), wan(80), wan(16))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 30, 12, 14, 26, 16))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 7)
    t.row("单位名称：" + STATION)
    goal = "为鸵鸟场、林麝场配送配合饲料1200吨，抽检饲料样品200批次，培训养殖人员150人次。"
    rows = [
        (
            "51183626000031",
            "种畜饲料配送项目",
            goal,
            "产出指标",
            "数量指标",
            mk(
                "完成2024年度配合饲料配送",
                "Y103",
                "warning",
                row=True,
                alt=("Y101",),
                note="2026年度项目的指标名留着2024年度",
            ),
            "≥1200吨",
        ),
        (None, None, None, None, None, "抽检饲料样品", "≥200批次"),
        (
            None,
            None,
            None,
            None,
            None,
            "培训养殖人员",
            mk("≥**人次", "X101", "error", note="模板示例的占位符未改，目标写150人次"),
        ),
        (None, None, None, None, "质量指标", "饲料抽检合格率", "≥98%"),
        (
            None,
            None,
            None,
            None,
            "时效指标",
            "全年配送完成时间",
            mk("46295", "X104", "warning", note="文本中的日期序列号，即2026-09-30"),
        ),
        (None, None, None, None, "成本指标", "配送补贴标准", "≤500元/吨"),
        (None, None, None, "效益指标", "经济效益指标", "场户饲料成本降低", "≥5%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "配送场户满意度", "≥90%"),
    ]
    indicators(t, ("项目编码", "项目名称", "年度绩效目标", *TIERS, "指标值"), rows, (1, 2, 3, 4, 5))
    return b


@variant(
    "ew15-station-second-sheet",
    (7, 1),
    "project, NAT-2021: head on the first sheet, table "
    "on a second sheet under 考核指标 and 预期实现值, percents typed in Excel, a goal total "
    "with its part in brackets (correct)",
)
def ew15() -> Book:
    b, s = new_book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="配合饲料质量检测与配送项目",
        dept=DEPT,
        unit=STATION,
        money=one_year(85, 70, 15),
        goals=["检测饲料样品300批次（其中青贮饲料120批次），配送配合饲料1500吨。"],
    )
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 6)
    rows = [
        ("产出指标", "数量指标", "检测饲料样品", "≥", 300, "批次"),
        (None, None, "检测青贮饲料样品", "≥", 120, "批次"),
        (None, None, "配送配合饲料", "≥", 1500, "吨"),
        (None, "质量指标", "饲料检测合格率", "≥", pct(0.98), None),
        (None, "时效指标", "检测报告出具时限", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "单批次检测费用", "≤", 120, "元"),
        (None, None, "配送补贴标准", "≤", 350, "元/吨"),
        ("效益指标", "社会效益指标", "饲料质量事故", "=", 0, "起"),
        (None, "可持续影响指标", "饲料质量追溯覆盖率", "≥", pct(0.9), None),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", pct(0.9), None),
    ]
    indicators(t, ("一级指标", "二级指标", "考核指标", "比较符", "预期实现值", "计量单位"), rows)
    sign(t, "姚念真", "0836-5183390")
    return b


@variant(
    "ew16-station-cost",
    (12, 1),
    "project, OLD-NAT, operator column, percents typed in "
    "Excel: a subsidy × tonnage above the money, a rate over 100 %, a deadline next year",
)
def ew16() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="林麝精饲料统一配送项目",
        dept=DEPT,
        unit=STATION,
        money=one_year(90, 75, 15),
        goals=["为林麝场统一配送精饲料2500吨，全年完成配送任务。"],
    )
    rows = [
        ("产出指标", "数量指标", "配送精饲料", "≥", "2500吨"),
        (
            None,
            "质量指标",
            "精饲料质量合格率",
            "≥",
            mk(pct(1.05), "T106", "error", note="合格率105%超过上限"),
        ),
        (
            None,
            "时效指标",
            "配送任务完成时间",
            "≤",
            mk(
                "2027年3月31日",
                "Y102",
                "error",
                alt=("Y101",),
                note="一年期2026年项目的期限落在2027年",
            ),
        ),
        (
            None,
            "成本指标",
            "精饲料配送补贴标准",
            "≤",
            mk("400元/吨", "B107", "warning", row=True, note="400元 × 2500吨 = 100万元 > 90万元"),
        ),
        ("效益指标", "经济效益指标", "林麝场饲料成本降低", "≥", pct(0.06)),
        (None, "社会效益指标", "受益林麝场户", "≥", "12户"),
        ("满意度指标", "服务对象满意度指标", "林麝场户满意度", "≥", pct(0.9)),
    ]
    indicators(s, (*TIERS, "比较符", "指标值"), rows)
    sign(s, "姚念真", "0836-5183390")
    return b


@variant(
    "ew17-station-template",
    (6, 5),
    "project, NAT-2021, header 预期目标: a tier-2 row left "
    "from the template, a satisfaction rate under 社会效益",
)
def ew17() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="种公鸟性能测定项目",
        dept=DEPT,
        unit=STATION,
        money=one_year(40, 40, 0),
        goals=["测定种公鸟生产性能120只，筛选优秀种公鸟30只供鸵鸟场配种。"],
    )
    rows = [
        ("产出指标", "数量指标", "测定种公鸟", "≥120只"),
        (None, None, "筛选优秀种公鸟", "≥30只"),
        (None, "质量指标", "测定数据完整率", "100%"),
        (None, "时效指标", "测定报告完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单只测定费用", "≤2000元"),
        (
            "效益指标",
            "社会效益指标",
            mk("配种鸵鸟场满意度", "F201", "warning", row=True, note="满意度指标填在社会效益下"),
            "≥90%",
        ),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        (None, "可持续影响指标", "种公鸟性能档案", "≥1套"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]
    indicators(s, (*TIERS, "预期目标"), rows)
    sign(s, "温立诚", "0836-5142236")
    return b


@variant(
    "ew18-station-labels",
    (5, 8),
    "two-year project, NAT-2021, labels with points, * and ★ "
    "and abbreviated, 中期 and 年度 columns, word operators (correct)",
)
def ew18() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="鸵鸟林麝专用饲料研制项目",
        dept=DEPT,
        unit=STATION,
        money=multi_year((180, 160, 20), (100, 90, 10)),
        goals=[
            "两年研制鸵鸟、林麝专用饲料配方6个，示范推广800吨。",
            "2026年研制配方3个，示范推广300吨。",
        ],
    )
    rows = [
        ("*产出指标（50分）", "★数量", "研制专用饲料配方", "6个以上", "3个以上"),
        (None, None, "示范推广专用饲料", "不少于800吨", "不少于300吨"),
        (None, "质量", "配方饲料营养达标率", "≥95%", "≥95%"),
        (None, "时效", "配方定型时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标（10分）", "经济成本", "吨饲料研制推广成本", "不超过2000元", "不超过2000元"),
        ("效益指标（30分）", "经济效益", "示范场户饲料成本降低", "≥5%", "≥3%"),
        (None, "可持续影响", "专用饲料技术规范", "≥2项", "≥1项"),
        ("满意度指标（10分）", "服务对象满意度", "示范场户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), rows)
    sign(s, "姚念真", "0836-5183390")
    return b
