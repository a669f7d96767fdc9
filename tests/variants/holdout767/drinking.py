"""Rural drinking-water quality testing (农村饮用水水质检测): kcw07–kcw12."""

from __future__ import annotations

from tests.variants.holdout767.common import (
    annual_money,
    book,
    department,
    indicators,
    notes,
    period_money,
    project,
    sign,
    w,
)
from tests.variants.holdout767.registry import variant
from tests.variants.kit import Book, mk, pct

LAB = "溪岙县农村饮水安全水质检测中心"


@variant("kcw07-testing-content-standard", (7, 11, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a goal count with its parts in "
         "brackets, a 下降率 with ≥, cost × samples within the money (correct)")  # fmt: skip
def testing_content_standard() -> Book:
    b, s = book()
    project(s, "农村集中供水工程水质检测", LAB, annual_money(80, 60, 20), [
        "全年检测农村集中供水工程水样不少于960份（丰水期、枯水期各480份），覆盖全县146处"
        "千人以上供水工程，检测结果按月报县卫健部门。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "水样检测数量", "≥960份"),
        (None, None, "丰水期水样检测数量", "≥480份"),
        (None, None, "检测覆盖千人以上供水工程数量", "≥146处"),
        (None, "质量指标", "检测结果复核符合率", "≥98%"),
        (None, "时效指标", "检测报告出具时限", "≤7个工作日"),
        (None, "成本指标", "单份水样检测费用", "≤800元/份"),
        ("效益指标", "社会效益指标", "水质超标供水工程数量下降率", "≥10%"),
        (None, None, "饮水水质问题投诉率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冉秋禾", "0578-6630152")
    return b


@variant("kcw08-testing-cross-defects", (7, 12),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）: the works count differs from the "
         "goal's, cost × count above the money, a quality rate repeated under 效益")  # fmt: skip
def testing_cross_defects() -> Book:
    b, s = book()
    project(
        s,
        "农村饮用水水质提升检测",
        LAB,
        annual_money(90, 70, 20),
        ["完成全县146处集中供水工程水质检测，全年检测水样1200份，水样检测合格率不低于95%。"],
    )
    over = "900 元/份 × 1200 份 = 108 万元，超过年度资金 90 万元"
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "检测集中供水工程数量",
         mk("≥164处", "D104", "warning", row=True, note="年度目标写146处")),
        (None, None, "水样检测数量", "≥1200份"),
        (None, "质量指标", "水样检测合格率", "≥95%"),
        (None, "时效指标", "检测结果报送时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单份水样检测费用",
         mk("≤900元/份", "B107", "warning", row=True, note=over)),
        ("效益指标", "社会效益指标", "水样检测合格率",
         mk("≥90%", "D102", "error", row=True, alt=("D101", "D103"),
            note="与质量指标下的“水样检测合格率 ≥95%”是同一指标，值不同")),
        (None, "可持续影响指标", "水质检测数据入库率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冉秋禾", "0578-6630152")
    return b


@variant("kcw09-selftest-two-years", (1, 8),
         "two-year project, NAT-2021, operator column, 中期 and 年度 columns with typed percents, "
         "period counts above the year's, a later year prepared for (correct)")  # fmt: skip
def selftest_two_years() -> Book:
    b, s = book()
    project(s, "乡镇水厂水质自检能力提升（2026—2027年）", LAB,
            period_money((300, 260, 40), (160, 140, 20)), [
                "2026—2027年为8个乡镇水厂配置水质自检设备，累计检测水样不少于2400份，"
                "为2028年实现乡镇水厂水质自检全覆盖积累经验。",
                "2026年为桐坪、梅垄等5个乡镇水厂配置自检设备，检测水样不少于1200份。"],
            years=2, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "配置自检设备乡镇水厂数量", "≥", 8, 5, "个"),
        (None, None, "水样检测数量", "≥", 2400, 1200, "份"),
        (None, "质量指标", "自检结果比对符合率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "检测报告出具时限", "≤", 7, 7, "个工作日"),
        ("成本指标", "经济成本指标", "单台自检设备购置费用", "≤", 30, 30, "万元/台"),
        ("效益指标", "社会效益指标", "乡镇水厂出厂水检测合格率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "可持续影响指标", "自检设备完好率", "≥", pct(0.9), pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "水厂运行人员满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "冉秋禾", "0578-6630152")
    return b


@variant("kcw10-flat-laboratory-defects", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100: 资金总额 ≠ 财政拨款 + 其他资金, a count below the goal")  # fmt: skip
def flat_laboratory_defects() -> Book:
    b, s = book()
    total = mk(
        w(260),
        "B101",
        "error",
        row=True,
        note="财政拨款 220 + 其他资金 30 = 250 ≠ 资金总额 260（基本 150 + 项目 110 = 260）",
    )
    department(s, LAB, [(total, w(220), w(30), w(150), w(110))],
               "全年完成农村供水工程水样检测1500份，覆盖全县146处千人以上供水工程，检测报告"
               "7个工作日内出具，保持实验室资质认定有效。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("水样检测份数", 20, "份", "≥",
         mk(1200, "D104", "warning", row=True, note="年度总体目标写1500份")),
        ("检测覆盖供水工程数", 15, "处", "≥", 146),
        ("检测结果复核符合率", 15, "%", "≥", pct(0.98)),
        ("检测报告出具时限", 10, "个工作日", "≤", 7),
        ("单份水样检测费用", 10, "元/份", "≤", 700),
        ("水质问题投诉率", 10, "%", "≤", pct(0.02)),
        ("检测设备完好率", 10, "%", "≥", pct(0.95)),
        ("农村供水用户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "冉秋禾", "0578-6630152")
    return b


@variant("kcw11-source-second-sheet", (4, 5, 7),
         "project: head on 基本信息, indicators on a second sheet under 预期实现值, labels with * "
         "and ★ and abbreviated tier-2, a 填表说明 row, a note row between tiers, footnotes and "
         "signature lines (correct)")  # fmt: skip
def source_second_sheet() -> Book:
    b, s = book("基本信息")
    project(s, "农村供水工程水源地巡检及保护标志更新", LAB, annual_money(45, 45, 0), [
        "对全县28处农村供水工程水源地每季度巡检1次，全年112处次，更新水源保护标志28处，"
        "水源地污染事件零发生。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 12, 32, 18, 24))
    t.title("项目支出绩效指标表（2026年度）", 5)
    notes(t, "填表说明：带*的一级指标为必填项，带★的指标为核心指标，不得删除。", width=5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("*产出指标", "数量", "★水源地巡检处次", "≥112处次", "28处×4季度"),
        (None, None, "水源保护标志更新数量", "≥28处", None),
        (None, "质量", "巡检记录规范率", "≥95%", None),
        (None, "时效", "标志更新完成时间", "2026年6月30日前", None),
        (None, "成本", "单处水源地巡检及标志费用", "≤1.6万元/处", "28处共44.8万元"),
    ])  # fmt: skip
    notes(t, "说明：以下效益、满意度指标按年末巡检台账统计。", width=5)
    t.table([
        ("*效益指标", "社会效益", "★水源地污染事件", "0起", None),
        (None, "生态效益", "水源保护范围内排污口清理率", "=100%", None),
        ("*满意度指标", "满意度", "供水受益群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：1.金额单位为万元；2.指标值按2026年度填写。", width=5)
    t.row("填表人：", "冉秋禾", "审核人：", "单位负责人：", "（盖章）")
    return b


@variant("kcw12-disinfection-template-leftovers", (6,),
         "project, OLD-NAT, one value column: a template example row left with its placeholder, "
         "last year's report deadline")  # fmt: skip
def disinfection_template_leftovers() -> Book:
    b, s = book()
    project(
        s,
        "单村供水工程消毒设备更换",
        LAB,
        annual_money(64, 54, 10),
        ["2026年为32处单村供水工程更换消毒设备，开展管护人员消毒操作培训2期。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更换消毒设备供水工程数量", "≥32处"),
        (None, None, "消毒操作培训期数", "≥2期"),
        (None, None, "（示例）宣传培训人次",
         mk("≥**人次", "X101", "error", note="模板示例行连同占位符未删")),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "设备更换完成时间", "2026年9月30日前"),
        (None, None, "检测报告报送时间",
         mk("2025年12月20日前", "Y102", "error", row=True, alt=("Y103",),
            note="上年表中的日期，不在2026年度内")),
        (None, "成本指标", "单处消毒设备更换费用", "≤2万元/处"),
        ("效益指标", "社会效益指标", "出厂水消毒剂余量达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "供水受益群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冉秋禾", "0578-6630152")
    return b
