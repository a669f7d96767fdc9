"""林业局 returns: 森林防火, 公益林管护, 国土绿化, 松材线虫病防治 and a 部门整体 table
(pn06–pn10)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout212.common import (
    ONE,
    TWO,
    book,
    indicators,
    one_year,
    period,
    priced,
    sign,
    wan,
)
from tests.variants.holdout212.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("pn06-fire-prevention-weights", (4, 10, 12), "one-year project, OLD-NAT, a priced "
         "procurement list, a weight column adding to 100, footnotes and a signature line; "
         "森林火灾受害率 ≤0.9‰, 护林员补助标准 × 人数 equal to its line (correct)")  # fmt: skip
def pn06() -> Book:
    b, s = book("Sheet1", (14, 22, 30, 16, 14, 14))
    project_head(
        s, year=2026, name="2026年森林防火能力提升项目", dept="青岚市林业局（520）",
        unit="青岚市森林消防大队",
        money=one_year(wan(340), ("省级森林防火补助", wan(120)), ("市级财政资金", wan(220))),
        goals=["购置风力灭火机200台、以水灭火泵50套，聘用专职护林员300人开展防火巡护，全年森林火灾"
               "受害率控制在0.9‰以内，火情24小时扑灭率达到95%以上。"],
    )  # fmt: skip
    priced(s, [
        ("风力灭火机", 200, "台", 0.35, 70),
        ("以水灭火泵（含水带）", 50, "套", 1.2, 60),
        ("专职护林员巡护补助", 300, "人", 0.6, 180),
        ("森林防火宣传及警示牌", 120, "块", 0.25, 30),
    ], 340)  # fmt: skip
    s.skip()
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "购置风力灭火机", "≥200台", 10),
        (None, None, "购置以水灭火泵", "≥50套", 10),
        (None, None, "聘用专职护林员", "≥300人", 10),
        (None, "质量指标", "防火装备验收合格率", "=100%", 10),
        (None, "时效指标", "防火装备到位时间", "2026年3月31日前", 5),
        (None, "成本指标", "专职护林员补助标准", "≤6000元/人·年", 5),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", 15),
        (None, "社会效益指标", "火情24小时扑灭率", "≥95%", 10),
        (None, "可持续影响指标", "森林防火群防群治网络", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    s.row("注：1. 森林火灾受害率为受害森林面积占森林总面积的千分比；2. 金额单位为万元；"
          "3. 权重合计100分。", merge=[(1, 5)])  # fmt: skip
    sign(s, "叶青峰", "杜海岚", "0597-82215630")
    return b


@variant("pn07-ecoforest-three-year", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns and an 指标解释 column, three 资金来源; a managed area equal in both "
         "columns (a stock, not cumulative), 补偿标准 × 面积 equal to the annual money "
         "(correct)")  # fmt: skip
def pn07() -> Book:
    b, s = book("Sheet1", (14, 18, 28, 16, 16, 30))
    project_head(
        s, year=2026, years=3, name="2026—2028年公益林管护项目", dept="临溪县林业局（522）",
        unit="临溪县国有林场",
        money=period(wan(2160), wan(720), ("中央森林生态效益补偿", wan(1620), wan(540)),
                     ("省级财政补助", wan(405), wan(135)), ("县级财政资金", wan(135), wan(45))),
        goals=["2026年至2028年持续管护公益林45万亩，累计巡护里程54000公里，森林覆盖率提高到63.5%"
               "以上。",
               "2026年管护公益林45万亩，巡护里程18000公里，林业有害生物成灾率控制在3‰以内。"],
    )  # fmt: skip
    indicators(s, (*TWO, "指标解释"), [
        ("产出指标", "数量指标", "管护公益林面积", "≥45万亩", "≥45万亩",
         "每年管护的存量面积，不逐年累加"),
        (None, None, "林区巡护里程", "≥54000公里", "≥18000公里", "按巡护轨迹记录累计"),
        (None, "质量指标", "管护责任协议签订率", pct(1), pct(1), "与护林员、村组逐一签订"),
        (None, "时效指标", "补偿资金拨付时间", "每年6月30日前", "2026年6月30日前", None),
        ("成本指标", "经济成本指标", "公益林管护补偿标准", "≤16元/亩·年", "≤16元/亩·年",
         "国家级、省级公益林统一标准"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥63.5%", "≥63.2%", "以年度森林资源监测为准"),
        (None, None, "林业有害生物成灾率", "≤3‰", "≤3‰", None),
        (None, "可持续影响指标", "公益林管护长效机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "护林员及林农满意度", "≥90%", "≥90%", "抽样调查"),
    ])  # fmt: skip
    return b


@variant("pn08-forestry-department", (11, 12), "department, NAT-2021, budget and key tasks that "
         "add up: a 森林火灾受害率 with ≥, a 设施完好率 stored as 102% (percent cell)")  # fmt: skip
def pn08() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="白沙河区林业局",
        budget=[(wan(1260), wan(1200), wan(60), wan(520), wan(740))],
        tasks=[
            ("森林防火", "防火巡护、物资储备和瞭望监测", wan(300), "森林火灾受害率控制在0.8‰以内"),
            ("公益林管护", "12万亩公益林日常管护", wan(240), "管护面积全覆盖"),
            ("林业有害生物防治", "松材线虫病监测和疫木除治", wan(200), "成灾率控制在3‰以内"),
            ("金额合计", None, wan(740), None),
        ],
        goal="全年森林火灾受害率控制在0.8‰以内，管护公益林12万亩，松材线虫病疫木除治率达到100%，"
             "防火瞭望监测设施保持完好。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "管护公益林面积", "≥12万亩"),
        (None, None, "防火巡护人员", "≥80人"),
        (None, None, "除治疫木株数", "≥20000株"),
        (None, "质量指标", "防火瞭望监测设施完好率",
         mk(pct(1.02), "T106", "error", note="a 完好率 cannot pass 100 %")),
        (None, None, "疫木除治率", "=100%"),
        (None, "时效指标", "疫木除治完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "公益林管护标准", "≤20元/亩"),
        ("效益指标", "生态效益指标", "森林火灾受害率",
         mk(mk("≥0.8‰", "T108", "warning", row=True, note="a harm rate takes ≤"), "D104",
            "warning", row=True, required=False, note="the goal's 0.8‰以内 against ≥0.8‰")),
        (None, None, "林业有害生物成灾率", "≤3‰"),
        (None, "社会效益指标", "林区防火宣传覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pn09-afforestation-two-sets", (8, 12), "two-year project, NAT-2021, two complete "
         "column sets (中期 二级/三级/指标值, then 年度): the 中期 资金总额 3000 ≠ 1800 + 600 "
         "+ 480, a vague 年度 value 视情况而定")  # fmt: skip
def pn09() -> Book:
    b, s = book("Sheet1", (14, 16, 24, 16, 16, 24, 16))
    project_head(
        s, year=2026, years=2, name="国土绿化试点示范项目", dept="青岚市林业局（520）",
        unit="青岚市林业技术推广站", attr="新增项目",
        money=period(mk(wan(3000), "B101", "error", note="1800 + 600 + 480 = 2880"), wan(1500),
                     ("中央财政补助", wan(1800), wan(900)), ("省级财政补助", wan(600), wan(300)),
                     ("市级财政资金", wan(480), wan(300))),
        goals=["2026年至2027年完成人工造林2万亩、退化林修复3万亩，造林成活率保持在85%以上。",
               "2026年完成人工造林1万亩、退化林修复1.5万亩。"],
    )  # fmt: skip
    s.row("绩效指标", "中期指标（2026—2027年）", None, None, "年度指标（2026年）", None, None,
          merge=[(2, 4), (5, 7)])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "人工造林面积", "≥2万亩", "数量指标", "人工造林面积", "≥1万亩"),
        (None, None, "退化林修复面积", "≥3万亩", None, "退化林修复面积", "≥1.5万亩"),
        (None, "质量指标", "造林成活率", "≥85%", "质量指标", "造林成活率", "≥85%"),
        (None, "时效指标", "造林任务完成时间", "2027年6月30日前", "时效指标",
         "年度造林任务完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "人工造林亩均补助", "≤900元/亩", "经济成本指标",
         "人工造林亩均补助", "≤900元/亩"),
        (None, None, "退化林修复亩均补助", "≤400元/亩", None, "退化林修复亩均补助", "≤400元/亩"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥64%", "生态效益指标", "森林覆盖率", "≥63.6%"),
        (None, "社会效益指标", "带动林农务工", "≥1200人次", "社会效益指标", "带动林农务工",
         "≥600人次"),
        (None, "可持续影响指标", "幼林抚育管护年限", "≥3年", "可持续影响指标", "幼林抚育管护年限",
         mk("视情况而定", "T102", "warning", alt=("D203", "T116"),
            note="not a value anyone can check")),
        ("满意度指标", "服务对象满意度指标", "造林地所在村村民满意度", "≥90%", "服务对象满意度指标",
         "造林地所在村村民满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b


@variant("pn10-pine-wilt-second-sheet", (7, 12), "one-year project, NAT-2021: head and a "
         "priced list on the first sheet, the indicator table on a second sheet under 年度指标值; "
         "疫木除治率 =100%, 成灾率 ≤3‰, 单株成本 × 株数 equal to its line (correct)")  # fmt: skip
def pn10() -> Book:
    b, s = book("项目基本信息", (14, 24, 30, 12, 14, 14))
    project_head(
        s, year=2026, name="2026年松材线虫病疫情防控项目", dept="临溪县林业局（522）",
        unit="临溪县森林病虫害防治检疫站",
        money=one_year(wan(260), ("中央财政林业改革发展资金", wan(150)),
                       ("县级财政资金", wan(110))),
        goals=["完成松材线虫病秋季普查50万亩，除治疫木20000株，悬挂诱捕器2000套，疫木除治率100%，"
               "林业有害生物成灾率控制在3‰以内。"],
    )  # fmt: skip
    priced(s, [
        ("疫木除治（伐除、粉碎）", 20000, "株", 0.006, 120),
        ("诱捕器及引诱剂", 2000, "套", 0.015, 30),
        ("秋季普查及无人机监测", 50, "万亩", 0.8, 40),
        ("防治药剂（噻虫啉微胶囊）", 10, "吨", 4.5, 45),
        ("检疫执法与防控宣传", None, None, None, 25),
    ], 260)  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title("2026年松材线虫病疫情防控项目绩效指标", 4)
    t.row("项目名称：2026年松材线虫病疫情防控项目", None, None, "单位：万元", merge=[(1, 3)])
    indicators(t, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "松材线虫病秋季普查面积", "≥50万亩"),
        (None, None, "除治疫木株数", "≥20000株"),
        (None, None, "悬挂诱捕器", "≥2000套"),
        (None, "质量指标", "疫木除治率", "=100%"),
        (None, None, "疫木除治质量检查合格率", "≥95%"),
        (None, "时效指标", "疫木除治完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "单株疫木除治成本", "≤60元/株"),
        ("效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰"),
        (None, None, "新发松材线虫病疫点", "≤2个"),
        (None, "社会效益指标", "防控知识宣传覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
