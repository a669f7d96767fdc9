"""Reading room visits, exhibitions and volunteer transcription: uz13–uz18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout354.common import (
    HEAD,
    YEAR,
    annual,
    indicators,
    note,
    project,
    signature,
    start,
    w,
)
from tests.variants.holdout354.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("uz13-footnotes", (4,), "project, OLD-NAT, one value column: an instruction row inside "
         "the table, the header repeated after a page break, 注 and 填表说明 rows, a signature "
         "dated in the year before (correct)")  # fmt: skip
def uz13() -> Book:
    b, s = start()
    project(s, "“寻根鹤坪”馆藏家谱专题展", annual(w(18), w(15), w(3)),
            ["举办馆藏家谱专题展，展期不少于60天，接待观众12000人次以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "展出馆藏家谱", "≥80部"),
        (None, None, "展期", "≥60天"),
        (None, None, "展板制作数量", "≥40块"),
        (None, "质量指标", "布展验收合格率", "=100%"),
        (None, "时效指标", "开展时间", "2025年9月30日前"),
        (None, "成本指标", "展板制作单价", "≤350元/块"),
    ])  # fmt: skip
    note(s, "（以下效益、满意度指标按展后观众问卷统计，请勿删除）", 4)
    indicators(s, [
        ("效益指标", "社会效益指标", "参观人次", "≥12000人次"),
        (None, None, "讲解服务场次", "≥60场"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.展期自开展之日起计算；2.参观人次以展厅闸机统计为准。")
    note(s, "填表说明：三级指标可根据项目实际增减，指标值应细化、量化。")
    signature(s, "韦若兰", "0779-6523108", day(YEAR - 1, 11, 18))
    return b


@variant("uz14-notes-and-defects", (4, 1), "project, OLD-NAT, operator and unit columns: a "
         "说明 row between tiers, a stamp line, a value in 万元 under the unit 台 and a date in "
         "the next year in a one-year project")  # fmt: skip
def uz14() -> Book:
    b, s = start()
    project(s, "家谱阅览室服务提升", annual(w(9.6), w(9.6), w(0)),
            ["延长家谱阅览室开放时间，新增数字化阅览终端6台。"])  # fmt: skip
    cols = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "阅览室开放天数", "≥", 245, "天"),
        (None, None, "新增数字化阅览终端", "≥",
         mk("6万元", "T112", "error", note="万元 in the value, 台 in the unit column"), "台"),
        (None, "质量指标", "查档答复准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "终端安装调试完成时间", "≤",
         mk("2026年3月31日", "Y102", "error", alt=("Y103",), note="one-year 2025 project"),
         None),
        (None, "成本指标", "终端单台采购价", "≤", 0.8, "万元/台"),
    ], cols)  # fmt: skip
    note(s, "说明：效益指标以阅览室登记簿统计为准。")
    s.table([
        ("效益指标", "社会效益指标", "阅览室接待查谱", "≥", 3000, "人次"),
        ("满意度指标", "服务对象满意度指标", "查谱读者满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("单位（盖章）：鹤坪县档案馆", None, None, "负责人：覃立衡")
    signature(s, "黎静岚", "0779-6523125", day(YEAR, 1, 9))
    return b


@variant("uz15-second-sheet", (7, 12), "project: head and budget detail lines on 项目信息, the "
         "indicator table on a second sheet under 考核指标 · 目标值（年度） · "
         "评价标准 (correct)")  # fmt: skip
def uz15() -> Book:
    b, s = start("项目信息")
    project(s, "家谱志愿转录众包", annual(w(15.6), w(15.6), w(0)),
            ["招募志愿者150人转录家谱300万字，审校后全文开放检索。"])  # fmt: skip
    s.row("支出明细（万元）", "志愿者交通餐费补贴", w(6))
    s.row(None, "转录平台租用", w(5.4))
    s.row(None, "志愿者培训", w(2.2))
    s.row(None, "审校劳务", w(2))
    s.row(None, "合计", w(15.6))
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效指标", (14, 20, 26, 16, 30))
    t.title("项目绩效目标", 5)
    indicators(t, [
        ("产出指标", "数量指标", "招募转录志愿者", "≥150人", "每少10人扣1分"),
        (None, None, "转录家谱字数", "≥300万字", "按完成比例计分"),
        (None, "质量指标", "审校后转录准确率", "≥99%", "每低1个百分点扣2分"),
        (None, "时效指标", "转录成果上线时间", "2025年12月20日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "志愿者补贴标准", "≤400元/人", "超标准不得分"),
        ("效益指标", "社会效益指标", "全文可检索家谱", "≥200部", "按完成比例计分"),
        ("满意度指标", "服务对象满意度指标", "志愿者满意度", "≥90%", "问卷统计"),
    ], ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"))  # fmt: skip
    return b


@variant("uz16-marked-wrong-parent", (5,), "project, NAT-2021, tier labels marked and "
         "abbreviated (★产出, *成本, 数量): 社会效益 under 产出, "
         "a satisfaction rate with =")  # fmt: skip
def uz16() -> Book:
    b, s = start()
    project(s, "家谱文化进乡村巡展", annual(w(10), w(8), w(2)),
            ["在全县乡镇巡展家谱文化12场，普及家谱保护知识。"])  # fmt: skip
    indicators(s, [
        ("★产出", "数量", "乡镇巡展场次", "≥12场"),
        (None, None, "巡展展板", "≥30块"),
        (None, "质量", "展板内容审校合格率", "≥98%"),
        (None, mk("社会效益", "F105", "error", note="a 效益 tier-2 under 产出"),
         "家谱资源社会利用人次", "≥6000人次"),
        (None, "时效", "巡展完成时间", "2025年11月30日前"),
        ("*成本", "经济成本", "单场巡展成本", "≤6000元/场"),
        ("*效益", "可持续影响", "乡村家谱保护联络员", "≥12人"),
        ("满意度", "服务对象满意度", "观展群众满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate, ≥ meant")),
    ], HEAD)  # fmt: skip
    return b


@variant("uz17-direction-words", (11,), "project, NAT-2021, 指标方向 (正向/反向) and operator in "
         "words, unit column: a 下降率 with 大于等于, 0起 on an incident "
         "count (correct)")  # fmt: skip
def uz17() -> Book:
    b, s = start(widths=(14, 18, 26, 10, 12, 10, 10))
    project(s, "家谱阅览室延时开放", annual(w(12), w(12), w(0)),
            ["家谱阅览室全年延时开放250天，接待查谱5000人次以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "延时开放天数", "正向", "大于等于", 250, "天"),
        (None, None, "接待查谱人次", "正向", "大于等于", 5000, "人次"),
        (None, "质量指标", "查档答复及时率", "正向", "大于等于", 95, "%"),
        (None, "时效指标", "查档平均等候时间", "反向", "小于等于", 15, "分钟"),
        ("成本指标", "经济成本指标", "人均服务成本", "反向", "小于等于", 20, "元/人次"),
        ("效益指标", "社会效益指标", "家谱原件调阅下降率", "正向", "大于等于", 40, "%"),
        (None, "可持续影响指标", "馆藏安全事故", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "查谱读者满意度", "正向", "大于等于", 92, "%"),
    ], (*HEAD[:3], "指标方向", "指标性质", "指标值", "计量单位"))  # fmt: skip
    return b


@variant("uz18-department-money", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "key tasks not adding up to their 金额合计")  # fmt: skip
def uz18() -> Book:
    b, s = start()
    total = mk(w(520), "B101", "error", row=True, note="380 + 150 = 530 ≠ 520")
    department_head(s, year=YEAR, dept="鹤坪县档案馆",
                    budget=[(total, w(490), w(30), w(380), w(150))],
                    tasks=[("家谱征集", "征集民间家谱", w(60), "入藏100部"),
                           ("谱牒修复", "修复破损谱牒", w(45), "修复2000页"),
                           ("家谱展览", "举办专题展", w(30), "观众10000人次"),
                           ("金额合计", None, mk(w(150), "B102", "error", row=True,
                                                 note="60 + 45 + 30 = 135 ≠ 150"), None)],
                    goal="做好家谱征集、修复与展览，提升档案公共服务能力。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "入藏民间家谱", "≥100部"),
        (None, None, "修复破损谱牒", "≥2000页"),
        (None, "质量指标", "修复验收合格率", "≥98%"),
        (None, "时效指标", "专题展开展时间", "2025年10月1日前"),
        ("成本指标", "经济成本指标", "单页修复成本", "≤200元/页"),
        ("效益指标", "社会效益指标", "展览观众", "≥10000人次"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%"),
    ])  # fmt: skip
    return b
