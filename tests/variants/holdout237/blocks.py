"""Stacked projects in one sheet, money blocks with 测算依据, and a long table with wrapped
rows, a repeated header and notes inside (qm13–qm15, qm17, qm18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout237.common import (
    ONE,
    PTS,
    basis,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout237.registry import variant
from tests.variants.kit import Book, mk


@variant("qm13-stacked-trainee-posts", (2, 5, 10), "two one-year projects stacked in one sheet, "
         "labels with points: the first project's 产出指标（50分） holds 55 points, the second's "
         "monthly post subsidy × people exceeds its money")  # fmt: skip
def qm13() -> Book:
    b, s = book("项目绩效目标", (18, 18, 30, 18, 10, 14))
    project_head(
        s, year=2026, name="就业见习补贴项目", dept="沙渡县人力资源和社会保障局（215）",
        unit="沙渡县就业服务中心", money=one_year_money(wan(240), wan(240), wan(0)),
        goals=["2026年募集就业见习岗位200个，组织180名青年参加就业见习，见习期满留用率50%以上。"],
    )  # fmt: skip
    indicators(s, PTS, [
        (mk("产出指标（50分）", "W103", "error", row=True, alt=("W101",),
            note="20 + 15 + 10 + 10 = 55"), "数量指标", "新增就业见习岗位", "≥200个", 20),
        (None, None, "参加就业见习人数", "≥180人", 15),
        (None, "质量指标", "见习协议签订率", "≥98%", 10),
        (None, "时效指标", "见习补贴按月发放率", "≥95%", 10),
        ("成本指标（10分）", "经济成本指标", "就业见习补贴标准", "≤1000元/人·月", 10),
        ("效益指标（30分）", "社会效益指标", "见习期满留用率", "≥50%", 15),
        (None, "可持续影响指标", "见习基地管理制度", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "见习人员满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the first project adds up to 105")
    s.skip()
    project_head(
        s, year=2026, title="", name="公益性岗位补贴项目", dept="沙渡县人力资源和社会保障局（215）",
        unit="沙渡县就业服务中心", money=one_year_money(wan(860), wan(800), wan(60)),
        goals=["2026年开发公益性岗位托底安置就业困难人员450人，按月足额发放岗位补贴。"],
    )  # fmt: skip
    indicators(s, PTS, [
        ("产出指标（50分）", "数量指标", "公益性岗位安置就业困难人员", "≥450人", 20),
        (None, "质量指标", "在岗人员考勤合格率", "≥95%", 15),
        (None, "时效指标", "岗位补贴按月拨付及时率", "≥95%", 15),
        ("成本指标（10分）", "经济成本指标", "公益性岗位补贴标准",
         mk("≤2000元/人·月", "B107", "warning", row=True,
            note="2000 × 450 × 12 = 1080万 > 860万"), 10),
        ("效益指标（30分）", "社会效益指标", "就业困难人员托底安置率", "≥95%", 15),
        (None, "可持续影响指标", "公益性岗位动态管理机制", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "安置人员满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "葛书宁", "邹远帆", "0731-47726051")
    return b


def _care_rows(people: int, cap: int) -> list[tuple[object, ...]]:
    return [
        ("一、产出指标", "数量指标", "居家养老服务补贴对象人数", f"≥{people}人"),
        (None, "质量指标", "上门服务工单完成率", "≥95%"),
        (None, "时效指标", "服务工单响应时间", "≤24小时"),
        ("二、成本指标", "经济成本指标", "居家养老服务补贴标准", f"≤{cap}元/人·月"),
        ("三、效益指标", "社会效益指标", "失能老年人居家照护服务覆盖率", "≥80%"),
        ("四、满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ]


@variant("qm14-stacked-care-disability", (2, 4, 5, 12), "two one-year projects stacked in one "
         "sheet, numbered labels: the first project's standard × people (540万) exceeds the "
         "second's money but not its own, the same 满意度 name in both (correct)")  # fmt: skip
def qm14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="居家养老服务补贴项目", dept="安平县民政局（116）",
        unit="安平县养老服务中心", money=one_year_money(wan(620), wan(560), wan(60)),
        goals=["2026年为经济困难的高龄、失能老年人1500人提供居家养老服务补贴。"],
    )  # fmt: skip
    indicators(s, ONE, _care_rows(1500, 300))
    s.skip()
    project_head(
        s, year=2026, title="", name="残疾人两项补贴项目", dept="安平县民政局（116）",
        unit="安平县社会救助服务中心", money=one_year_money(wan(260), wan(260), wan(0)),
        goals=["2026年按月为困难残疾人1200人发放生活补贴，为重度残疾人1300人发放护理补贴。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "数量指标", "困难残疾人生活补贴人数", "≥1200人"),
        (None, None, "重度残疾人护理补贴人数", "≥1300人"),
        (None, "质量指标", "补贴发放准确率", "≥99%"),
        ("二、成本指标", "经济成本指标", "困难残疾人生活补贴标准", "≤80元/人·月"),
        (None, None, "重度残疾人护理补贴标准", "≤90元/人·月"),
        ("三、效益指标", "社会效益指标", "两项补贴应补尽补率", "≥98%"),
        ("四、满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：两个项目分别编报，资金不得相互调剂。")
    sign(s, "魏晴川", "柏寒舟", "0712-85539460")
    return b


@variant("qm15-care-basis-sources", (4, 5, 12), "one-year project, starred tier labels, a money "
         "block with 测算依据 that adds up: 总额 unequal to its sources, a goal text left from "
         "2024, a 完成率 written =95%")  # fmt: skip
def qm15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="居家和社区养老服务项目", dept="芦源县民政局（122）",
        unit="芦源县养老服务指导中心",
        money=one_year_money(mk(wan(580), "B101", "error", row=True, note="500 + 60 = 560"),
                             wan(500), wan(60)),
        goals=[mk("2024年为1200名经济困难老年人提供居家养老服务补贴，建成社区老年助餐点16个，"
                  "全年助餐40万餐次。", "Y103", "warning", note="text left from 2024")],
    )  # fmt: skip
    basis(s, [
        ("居家养老服务补贴", "260元/人·月×1200人×12月", wan(374.4)),
        ("老年助餐服务补贴", "3元/餐×40万餐", wan(120)),
        ("助餐点运营补贴", "16个助餐点，按星级分档补贴", wan(85.6)),
    ], wan(580))  # fmt: skip
    indicators(s, ONE, [
        ("*产出指标", "数量指标", "居家养老服务补贴对象人数", "≥1200人"),
        (None, None, "老年助餐服务餐次", "≥40万餐"),
        (None, "质量指标", "上门服务工单完成率",
         mk("=95%", "T107", "warning", row=True, note="a floor: ≥95% meant")),
        (None, "时效指标", "补贴资金按月拨付及时率", "≥95%"),
        ("*成本指标", "经济成本指标", "居家养老服务补贴标准", "≤260元/人·月"),
        ("*效益指标", "社会效益指标", "社区老年助餐点覆盖率", "≥80%"),
        ("*满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：带*的一级指标为必填项。")
    sign(s, "庞澜", "尹涵之", "0753-26697318")
    return b


@variant("qm17-disability-basis-standard", (5, 10, 12), "one-year project, labels "
         "产出指标(50分) with points, a money block with 测算依据: a yearly standard × people "
         "above the money, a 覆盖率 given as people")  # fmt: skip
def qm17() -> Book:
    b, s = book("Sheet1", (18, 18, 30, 18, 10, 14))
    project_head(
        s, year=2026, name="残疾人两项补贴资金项目", dept="清漪县残疾人联合会（608）",
        unit="清漪县残疾人联合会", money=one_year_money(wan(650), wan(600), wan(50)),
        goals=["2026年为困难残疾人1500人发放生活补贴，为重度残疾人发放护理补贴，补贴按月足额"
               "发放到人。"],
    )  # fmt: skip
    basis(s, [
        ("重度残疾人护理补贴", "1200元/人·年×4000人", wan(480)),
        ("困难残疾人生活补贴", "960元/人·年×1500人", wan(144)),
        ("资格复核及发放服务", "入户复核、银行代发手续费", wan(26)),
    ], wan(650))  # fmt: skip
    indicators(s, PTS, [
        ("产出指标(50分)", "数量指标", "重度残疾人护理补贴人数",
         mk("≥5600人", "D104", "warning", required=False, note="the basis counts 4000"), 15),
        (None, None, "困难残疾人生活补贴人数", "≥1500人", 10),
        (None, "质量指标", "困难残疾人生活补贴覆盖率",
         mk("1500人", "T105", "error", row=True, note="a 覆盖率 needs a %"), 15),
        (None, "时效指标", "补贴按月发放及时率", "≥98%", 10),
        ("成本指标(10分)", "经济成本指标", "重度残疾人护理补贴标准",
         mk("≤1200元/人·年", "B107", "warning", row=True,
            note="1200 × 5600 = 672万 > 650万"), 5),
        (None, None, "困难残疾人生活补贴标准", "≤960元/人·年", 5),
        ("效益指标(30分)", "社会效益指标", "残疾人基本生活保障水平", "稳步提高", 15),
        (None, "可持续影响指标", "两项补贴精准发放机制", "健全", 15),
        ("满意度指标(10分)", "服务对象满意度指标", "补贴对象满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "车映秋", "殷知白", "0759-73326604")
    return b


@variant("qm18-employment-wrapped-repeated-head", (4, 7), "one-year project, NAT-2021, long "
         "wrapped indicator names, an 指标解释 column, an instruction row inside the table, the "
         "header repeated after a page break, footnotes (correct)")  # fmt: skip
def qm18() -> Book:
    b, s = book("绩效目标申报表", (14, 16, 36, 16, 30, 14))
    project_head(
        s, year=2026, name="就业创业补贴资金项目", dept="汀兰县人力资源和社会保障局（409）",
        unit="汀兰县就业创业服务中心", money=one_year_money(wan(1680), wan(1500), wan(180)),
        goals=["2026年帮助就业困难人员实现就业1100人以上，经职业介绍成功就业3000人以上，扶持"
               "创业120户并带动就业360人，城镇调查失业率控制在5.5%以内。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
    indicators(s, head, [
        ("产出指标", "数量指标", "就业困难人员（含零就业家庭成员、大龄失业人员、残疾人）实现"
         "就业人数", "≥1100人", "按就业困难人员实名制系统统计的年度实现就业人数"),
        (None, None, "职业介绍成功人数", "≥3000人", "经人力资源服务机构介绍实现就业并签订劳动合同"),
        (None, None, "发放一次性创业补贴户数", "≥120户", None),
        (None, "质量指标", "就业补贴资金发放准确率", "≥98%", "抽查发放对象中符合条件的比例"),
        (None, "时效指标", "补贴申请受理至资金拨付时限", "≤20个工作日", None),
        ("成本指标", "经济成本指标", "职业介绍补贴标准", "≤200元/人", "按成功介绍就业人数计发"),
        (None, None, "灵活就业社会保险补贴标准", "≤400元/人·月", "不超过实际缴费额的三分之二"),
    ])  # fmt: skip
    note(s, "说明：指标值按“比较符+数值+单位”填写，定性指标填写等级。", 5)
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%", "反向指标，以统计部门公布数据为准"),
        (None, None, "创业带动就业人数", "≥360人", "一次性创业补贴对象带动就业人数"),
        (None, "可持续影响指标", "就业创业服务体系", "健全", None),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "抽样问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.本表指标值均为2026年度目标；2.就业困难人员认定按省定标准执行。", 5)
    sign(s, "戴望舟", "宋听澜", "0797-68843350")
    return b
