"""Tinware (锡器) workshops: stacked projects, conversion artefacts, header words, directions."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout498.common import YEAR, book, header, note, one_year, sign, table, wan
from tests.variants.holdout498.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "锡埠区经济和信息化局（412）"
INST = "锡埠区锡器工艺研究所"
PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("an07-tin-stacked", (2,), "two tinware projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator name with different values (correct)")  # fmt: skip
def an07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="锡器传统作坊修缮补助", dept=DEPT, unit=INST,
                 money=one_year(wan(50), wan(40), wan(10)),
                 goals=["补助修缮传统锡器作坊5家，改善作坊生产条件。"])  # fmt: skip
    header(s, *PLAIN)
    table(s, [
        ("产出指标", "数量指标", "修缮锡器作坊数量", "≥5家"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮完工时间", "11月30日前"),
        (None, "成本指标", "每家作坊修缮补助", "≤10万元/家"),
        ("效益指标", "社会效益指标", "带动锡器作坊从业人数", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="锡器非遗产品展销活动", dept=DEPT, unit=INST, title="",
                 attr="一次性项目", money=one_year(wan(20), wan(20), wan(0)),
                 goals=["举办锡器展销活动4场，拓展锡器作坊销售渠道。"])  # fmt: skip
    header(s, *PLAIN)
    table(s, [
        ("产出指标", "数量指标", "举办展销活动场次", "≥4场"),
        (None, "质量指标", "参展锡器作品合格率", "≥98%"),
        (None, "时效指标", "展销活动完成时间", "10月31日前"),
        (None, "成本指标", "每场展销活动成本", "≤5万元/场"),
        ("效益指标", "经济效益指标", "展销成交额", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "鲁栖梧", "0571-8839026")
    return b


@variant("an08-tin-stacked-wrong", (2, 12), "two tinware projects stacked, OLD-NAT: the second "
         "project's total is not its parts, one 合格率 given as a count")  # fmt: skip
def an08() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="锡器錾刻技艺培训", dept=DEPT, unit=INST,
                 money=one_year(wan(40), wan(40), wan(0)),
                 goals=["培训錾刻学徒50人，提升锡器錾刻工艺水平。"])  # fmt: skip
    header(s, *PLAIN)
    table(s, [
        ("产出指标", "数量指标", "培训錾刻学徒人数", "≥50人"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "9月30日前"),
        (None, "成本指标", "人均培训成本", "≤0.8万元/人"),
        ("效益指标", "社会效益指标", "学徒结业后从业比例", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训学徒满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(25), "B101", "error", note="18 + 5 = 23, not 25")
    project_head(s, year=YEAR, name="锡器展品铅含量抽检", dept=DEPT, unit=INST, title="",
                 money=one_year(total, wan(18), wan(5)),
                 goals=["抽检锡器展品120件，确保展品铅含量符合食品接触标准。"])  # fmt: skip
    header(s, *PLAIN)
    count = mk("120件", "T105", "error", note="a 合格率 needs a percentage")
    table(s, [
        ("产出指标", "数量指标", "抽检锡器展品件数", "≥120件"),
        (None, "质量指标", "展品铅含量抽检合格率", count),
        (None, "时效指标", "抽检报告出具时限", "≤10个工作日"),
        (None, "成本指标", "单件抽检费用", "≤0.15万元/件"),
        ("效益指标", "社会效益指标", "不合格展品下架率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "参展作坊满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁栖梧", "0571-8839026")
    return b


@variant("an09-tin-artefacts", (9, 12), "project, OLD-NAT, one value column, detail lines "
         "below the table: a date serial as text, a split number, "
         "an amount pasted twice")  # fmt: skip
def an09() -> Book:
    b, s = book()
    serial = mk("45992", "X104", "warning", note="a date serial (2025-12-01) typed as text")
    project_head(s, year=YEAR, name="明清锡器器型复刻", dept=DEPT, unit=INST, end=serial,
                 money=one_year(wan(40), wan(32), wan(8)),
                 goals=["复刻明清传统锡器器型20件，并公开展示。"])  # fmt: skip
    header(s, *PLAIN)
    table(s, [
        ("产出指标", "数量指标", "复刻传统锡器器型件数", "≥20件"),
        (None, "质量指标", "复刻作品验收合格率", "≥95%"),
        (None, "时效指标", "复刻完成时间", "11月30日前"),
        (None, "成本指标", "单件复刻成本", "≤2万元/件"),
        ("效益指标", "社会效益指标", "复刻作品公开展示场次", "≥3场"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据")
    split = mk("12.5 6", "X105", "warning", alt=("X103",), note="read as 12.56")
    twice = mk("8万8万", "X106", "error", alt=("B108",), note="read as 8")
    s.table([
        (1, "锡料采购", split, "锡锭628公斤×0.02万元"),
        (2, "模具制作", twice, "20套×0.4万元"),
        (3, "工匠劳务", 15, "5人×3万元"),
        (4, "场地水电", 4.44, "按上年实际"),
        ("合计", None, 40, None),
    ])  # fmt: skip
    sign(s, "蒋溪亭", "0571-8839117")
    return b


@variant("an10-tin-second-sheet", (1, 7), "project: head on the first sheet, the indicator "
         "table on a second sheet under 预期实现值, percent cells, "
         "0起 incidents (correct)")  # fmt: skip
def an10() -> Book:
    b, s = book("基本信息")
    project_head(s, year=YEAR, name="熔锡炉排烟安全改造", dept=DEPT, unit="锡埠区锡器产业园管委会",
                 money=one_year(wan(30), wan(24), wan(6)),
                 goals=["改造园区作坊熔锡炉12台，消除烟尘隐患，实现安全生产。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("熔锡炉排烟安全改造绩效指标", 5)
    header(t, "一级指标", "二级指标", "三级指标", "指标性质", "预期实现值")
    table(t, [
        ("产出指标", "数量指标", "改造熔锡炉数量", "≥", "12台"),
        (None, "质量指标", "改造后排放检测达标率", "=", pct(1)),
        (None, None, "改造工程验收合格率", "≥", pct(0.98)),
        (None, "时效指标", "改造完工时间", "≤", day(YEAR, 9, 30)),
        (None, "成本指标", "每台熔锡炉改造成本", "≤", "2.5万元/台"),
        ("效益指标", "生态效益指标", "车间烟尘浓度下降率", "≥", pct(0.2)),
        (None, "社会效益指标", "改造作坊安全生产事故", "≤", "0起"),
        ("满意度指标", "服务对象满意度指标", "作坊工匠满意度", "≥", pct(0.9)),
    ])  # fmt: skip
    note(t, "注：下降率以上年监测均值为基数，按正数填写。", 5)
    return b


@variant("an11-tin-content-standard", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, "
         "an instruction row inside the table, a repeated header, footnotes (correct)")  # fmt: skip
def an11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="锡器技艺进校园", dept="锡埠区教育局（418）",
                 unit="锡埠区青少年活动中心", money=one_year(wan(16), wan(16), wan(0)),
                 goals=["在8所中小学开设锡器技艺课程，覆盖学生640人次。"])  # fmt: skip
    words = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    header(s, *words)
    note(s, "填表说明：指标内容由项目单位自行设置，绩效标准须量化。", 5)
    table(s, [
        ("产出指标", "数量指标", "开课学校数量", "≥8所", None),
        (None, None, "参与课程学生人次", "≥640人次", None),
        (None, "质量指标", "课程教案审核通过率", "≥95%", None),
        (None, "时效指标", "课程完成时间", "12月20日前", None),
        (None, "成本指标", "每校课程经费", "≤2万元/所", "含材料费"),
    ])  # fmt: skip
    header(s, *words)
    table(s, [
        ("效益指标", "社会效益指标", "学生锡器技艺体验覆盖率", "≥90%", "按参课学校学生计"),
        ("满意度指标", "服务对象满意度指标", "参课学生满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "注1：成本按8所×2万元=16万元测算，与项目资金一致。", 5)
    note(s, "注2：第二页表头为跨页重复，不是新的指标。", 5)
    sign(s, "尤澄", "0571-8850462")
    return b


@variant("an12-tin-direction-words", (11,), "project, NAT-2021, 指标方向 as operator in words, "
         "指标性质 as direction, unit column: a 反向 rate with 大于等于, "
         "a 正向 count with 小于等于")  # fmt: skip
def an12() -> Book:
    b, s = book(widths=(14, 16, 28, 12, 10, 12, 10))
    project_head(s, year=YEAR, name="锡器食品接触安全抽检", dept="锡埠区市场监督管理局（421）",
                 unit="锡埠区产品质量检验所", money=one_year(wan(18), wan(18), wan(0)),
                 goals=["抽检锡器作坊产品100批次，降低铅溶出超标风险。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "指标性质")
    wrong = mk("大于等于", "T108", "warning", row=True, note="超标率 is 反向")
    fewer = mk("小于等于", "T108", "warning", row=True, note="a 正向 count capped")
    table(s, [
        ("产出指标", "数量指标", "抽检锡器产品批次", fewer, 100, "批次", "正向"),
        (None, "质量指标", "检测报告差错率", "小于等于", 1, "%", "反向"),
        (None, "时效指标", "检测报告出具时限", "小于等于", 7, "工作日", "反向"),
        ("成本指标", "经济成本指标", "每批次检测费用", "小于等于", 0.15, "万元/批次", "反向"),
        ("效益指标", "社会效益指标", "锡器铅溶出超标率", wrong, 2, "%", "反向"),
        (None, None, "不合格锡器批次下降率", "大于等于", 20, "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "受检作坊满意度", "大于等于", 90, "%", "正向"),
    ])  # fmt: skip
    sign(s, "蒋溪亭", "0571-8839117")
    return b
