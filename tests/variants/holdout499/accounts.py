"""Returns of both halves around the table: notes, money blocks, second sheets, exports
(ao13–ao18)."""

from __future__ import annotations

from tests.variants.holdout499.common import (
    WIDE,
    YEAR,
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout499.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

NOTE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ao13-kiln-footnotes", (4,),
         "project, OLD-NAT, one value column and 备注: a 说明 row inside the table, the header "
         "repeated after a page break, a footnote explaining a total, 填表说明, signature and "
         "date lines (correct)")  # fmt: skip
def ao13() -> Book:
    b, s = project(
        name="明釉庵圆通殿琉璃构件复烧",
        dept="釉川县文化和旅游局（417003）",
        unit="釉川县琉璃瓦厂",
        money=one_year(98, 82, 16),
        goals=["复烧圆通殿屋面琉璃筒瓦、板瓦共16800件，9月底前交付。"],
    )
    indicators(s, NOTE_HEAD, [
        ["产出指标", "数量指标", "复烧琉璃筒瓦", "≥9600件", "含施工损耗备件"],
        [None, None, "复烧琉璃板瓦", "≥7200件", None],
        [None, "质量指标", "构件出窑合格率", "≥90%", "按批抽检"],
        [None, "时效指标", "构件交付完成时间", "2025年9月30日前", None],
        [None, "成本指标", "筒瓦单件复烧成本", "≤40元/件", None],
        [None, None, "板瓦单件复烧成本", "≤25元/件", None],
    ])  # fmt: skip
    note(s, "说明：质量指标按《釉川县琉璃构件验收细则》逐批抽检。", 5)
    s.skip()
    indicators(s, NOTE_HEAD, [
        ["效益指标", "社会效益指标", "圆通殿屋面原貌恢复", "达到预期", None],
        [None, "可持续影响指标", "复烧工艺推广应用寺观", "≥3处", None],
        ["满意度指标", "服务对象满意度指标", "庵方管理人员满意度", "≥90%", None],
    ])  # fmt: skip
    note(s, "注：烧制构件合计16800件，为筒瓦9600件与板瓦7200件之和。", 5)
    note(s, "填表说明：指标值应写明比较符和计量单位，定性指标写明评价等级。", 5)
    sign(s, "甘窑明", "0719-5238416", day(YEAR - 1, 11, 18, CN_DATE))
    s.row("单位负责人：邬砚秋", None, "（单位盖章）")
    return b


@variant("ao14-roof-artefacts", (4, 9),
         "project, OLD-NAT, a note row inside the table and a stamp line: 其他资金 split by "
         "a space, the completion date a text serial, a unit cost rounded to 0")  # fmt: skip
def ao14() -> Book:
    other = mk("12.5 8", "X105", "warning", alt=("X103",),
               note="12.58 split by a space; 74 + 12.58 = 86.58")  # fmt: skip
    serial = mk("45961", "X104", "warning", note="2025-10-31 as a serial in a text cell")
    b, s = project(
        name="霞隐寺拜殿屋面琉璃瓦补配",
        dept="丹甍区文化和旅游局（528011）",
        unit="丹甍区文物管理所",
        money=one_year(86.58, 74, other),
        end=serial,
        goals=["补配拜殿屋面琉璃瓦件6500件，修补屋脊42米，10月底前完成。"],
    )
    zero = mk("≤0万元/件", "T115", "error", note="a unit cost rounded to 0 in 万元")
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "补配琉璃瓦件", "≥6500件"],
        [None, None, "修补屋脊", "≥42米"],
        [None, "质量指标", "瓦件铺设合格率", "≥98%"],
        [None, "时效指标", "补配完成时间", "2025年10月31日前"],
        [None, "成本指标", "琉璃瓦件单件补配成本", zero],
        [None, None, "屋脊修补单价", "≤2800元/米"],
    ])  # fmt: skip
    note(s, "注：以上数量按修缮设计图纸统计。", 4)
    indicators(s, HEAD, [
        ["效益指标", "社会效益指标", "拜殿屋面漏雨问题", "有效解决"],
        [None, "可持续影响指标", "修缮后屋面保固年限", "≥8年"],
        ["满意度指标", "服务对象满意度指标", "寺院管理方满意度", "≥90%"],
    ])  # fmt: skip
    s.row("（单位公章）", None, None, "2024年11月25日")
    return b


@variant("ao15-kiln-department-money", (12,),
         "department, NAT-2021: budget with typed-percent shares, key tasks adding to 金额合计 = "
         "项目支出, a 0起 safety target (correct)")  # fmt: skip
def ao15() -> Book:
    tasks = [
        ["寺观屋面琉璃构件复烧", "复烧筒瓦、板瓦和脊饰", wan(180), "交付≥24000件"],
        ["古窑址保护性维护", "维护两处古窑址", wan(85), "窑址完好"],
        ["釉料配方研究", "整理传统釉料配方", wan(60), "形成研究报告"],
        ["金额合计", None, wan(325), None],
    ]
    b, s = department(
        dept="翠瓴市古建琉璃构件研究所",
        budget=[[wan(500), wan(420), wan(80), wan(175), wan(325)],
                [pct(1), pct(0.84), pct(0.16), pct(0.35), pct(0.65)]],
        tasks=tasks,
        goal="保障全市寺观屋面修缮琉璃构件供应，保护古窑址，研究传统釉料。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "复烧琉璃构件", "≥24000件"],
        [None, None, "维护古窑址", "≥2处"],
        [None, None, "完成釉料配方研究报告", "≥3份"],
        [None, "质量指标", "构件出窑合格率", ok(pct(0.9))],
        [None, "时效指标", "构件交付及时率", "≥95%"],
        ["成本指标", "经济成本指标", "琉璃构件单件平均复烧成本", "≤70元/件"],
        [None, "社会成本指标", "窑炉生产安全事故", "≤0起"],
        ["效益指标", "社会效益指标", "支撑寺观屋面修缮项目", "≥6个"],
        [None, "可持续影响指标", "传统釉色配方存档", "≥12种"],
        ["满意度指标", "服务对象满意度指标", "修缮施工单位满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "邬砚秋", "0716-8820514")
    return b


@variant("ao16-roof-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额 and the key tasks not adding to "
         "金额合计")  # fmt: skip
def ao16() -> Book:
    total = mk(wan(600), "B101", "error", row=True,
               note="510 + 90 = 600 but 基本支出 230 + 项目支出 360 = 590")  # fmt: skip
    tasks = [
        ["寺庙屋面琉璃修缮", "修缮三座殿堂琉璃屋面", wan(210), "竣工验收合格"],
        ["古建筑日常巡查维护", "巡查全区古建筑屋面", wan(80), "隐患及时处置"],
        ["琉璃构件库房建设", "建设构件周转库房", wan(60), "按期投入使用"],
        ["金额合计", None, mk(wan(360), "B102", "error", note="210 + 80 + 60 = 350 ≠ 360"),
         None],
    ]  # fmt: skip
    b, s = department(
        dept="丹甍区文物保护中心",
        budget=[[total, wan(510), wan(90), wan(230), wan(360)]],
        tasks=tasks,
        goal="完成三座殿堂琉璃屋面修缮，落实全区古建筑屋面巡查维护。",
    )
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "修缮殿堂琉璃屋面", "≥3座"],
        [None, None, "古建筑屋面巡查", "≥48次"],
        [None, "质量指标", "修缮工程验收合格率", "=100%"],
        [None, "时效指标", "隐患处置及时率", "≥95%"],
        ["成本指标", "经济成本指标", "殿堂屋面修缮平均成本", "≤70万元/座"],
        ["效益指标", "社会效益指标", "古建筑屋面险情", "有效减少"],
        [None, "可持续影响指标", "修缮后屋面保固年限", "≥10年"],
        ["满意度指标", "服务对象满意度指标", "寺观管理方满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "卢檐青", "0752-3307716")
    return b


@variant("ao17-roof-second-sheet", (7, 4),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值 with a 说明 line below (correct)")  # fmt: skip
def ao17() -> Book:
    b, s = project(
        sheet="项目信息",
        name="松瓴寺钟鼓楼屋面琉璃修缮",
        dept="丹甍区文化和旅游局（528011）",
        unit="丹甍区文物管理所",
        money=one_year(52, 45, 7),
        goals=["修缮钟楼、鼓楼屋面共180平方米，9月底前竣工。"],
    )
    s.row("绩效指标", "见“绩效指标”工作表", merge=[(2, 6)])
    t = b.sheet("绩效指标", WIDE)
    t.title("松瓴寺钟鼓楼屋面琉璃修缮绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ["产出指标", "数量指标", "修缮钟鼓楼屋面面积", "≥180平方米", "两楼合计"],
        [None, None, "更换琉璃瓦件", "≥1500件", None],
        [None, "质量指标", "瓦件铺设验收合格率", "≥98%", None],
        [None, "时效指标", "修缮工程竣工时间", "2025年9月30日前", None],
        [None, "成本指标", "屋面修缮综合单价", "≤2500元/平方米", None],
        ["效益指标", "社会效益指标", "钟鼓楼屋面渗漏隐患", "全部消除", None],
        [None, "可持续影响指标", "修缮后屋面保固年限", "≥10年", None],
        ["满意度指标", "服务对象满意度指标", "寺院管理方满意度", "≥90%", None],
    ])  # fmt: skip
    note(t, "说明：钟楼屋面96平方米、鼓楼屋面84平方米，合计180平方米。", 5)
    sign(t, "符瓴秀", "0752-3318842")
    return b


@variant("ao18-kiln-export", (7, 9),
         "budget-system export: a budget sheet, then the goal sheet with codes in the first "
         "columns, header on the third row (考核指标, 目标值（年度）, 计量单位): a satisfaction "
         "target with =, a date serial in a text cell")  # fmt: skip
def ao18() -> Book:
    b = Book()
    s = b.sheet("项目支出预算表-1", (18, 30, 22, 14, 14, 14))
    s.title(f"{YEAR}年项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "单位名称", "合计", "财政拨款", "其他资金")
    s.row("417003250012", "琉璃瓦厂窑炉节能改造及试烧", "釉川县琉璃瓦厂", wan(64), wan(54), wan(10))
    t = b.sheet("项目绩效目标表-2", (16, 12, 12, 14, 28, 14, 12))
    t.title(f"{YEAR}年项目支出绩效目标表", 7)
    t.row("项目名称：琉璃瓦厂窑炉节能改造及试烧", None, None, None, "单位：釉川县琉璃瓦厂")
    code, unit = "417003250012", "417003"
    same = mk("=95", "T107", "warning", note="=95% on a satisfaction rate means ≥95%")
    serial = mk("46011", "X104", "warning", note="2025-12-20 as a serial in a text cell")
    t.row("项目编码", "单位编码", "一级指标", "二级指标", "考核指标", "目标值（年度）", "计量单位")
    for r in [
        ["产出指标", "数量指标", "改造倒焰窑", "≥2", "座"],
        ["产出指标", "数量指标", "改造后试烧琉璃构件", "≥3000", "件"],
        ["产出指标", "质量指标", "改造后窑温均匀度达标率", "≥95", "%"],
        ["产出指标", "时效指标", "改造完工时间", serial, "—"],
        ["产出指标", "成本指标", "单座窑炉改造成本", "≤18", "万元"],
        ["效益指标", "经济效益指标", "单窑燃料消耗下降率", "≥12", "%"],
        ["效益指标", "生态效益指标", "窑炉烟尘排放浓度", "≤20", "毫克/立方米"],
        ["满意度指标", "服务对象满意度指标", "修缮用户满意度", same, "%"],
    ]:
        t.row(code, unit, *r)
    return b
