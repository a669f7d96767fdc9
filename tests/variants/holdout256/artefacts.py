"""Returns pasted from PDF or another workbook: amounts with notes in brackets, numbers split by
a space or pasted twice, a lost decimal point, a unit cost rounded to 0, separators and date
serials in text cells, beside clean look-alikes (rf06–rf12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout256.common import (
    ONE,
    WEIGHT,
    basis,
    book,
    indicators,
    one_year_money,
    prior,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout256.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("rf06-weights-pdf-stack", (2, 5), "two weighted projects stacked: weights of the first "
         "add to 95, a cost with ≥, 时效指标 under 效益指标 in the second")  # fmt: skip
def rf06() -> Book:
    b, s = book("Sheet1")
    b.file_mark("W101", "error", note="first project's weights add to 95, not 100")
    project_head(
        s, year=2026, name="2026年耕地地力保护补贴项目", dept="南磬县农业农村局（609）",
        unit="南磬县农业农村局", money=one_year_money(wan(3150), wan(3150), wan(0)),
        goals=["2026年发放耕地地力保护补贴，补贴面积30万亩，每亩补贴105元。"],
    )  # fmt: skip
    indicators(s, WEIGHT, [
        ("产出指标", "数量指标", "补贴发放面积", "≥30万亩", 20),
        (None, "质量指标", "补贴面积核实准确率", "≥98%", 15),
        (None, "时效指标", "补贴资金兑付完成时间", "2026年8月31日前", 10),
        ("成本指标", "经济成本指标", "每亩补贴标准", "≤105元/亩", 10),
        (None, None, "秸秆还田作业补助成本",
         mk("≥30元/亩", "T108", "warning", row=True, note="a cost takes ≤"), 10),
        ("效益指标", "社会效益指标", "粮食播种面积稳定率", "≥98%", 20),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", 10),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="2026年农业社会化服务补助项目", dept="南磬县农业农村局（609）",
        unit="南磬县农业技术推广中心", money=one_year_money(wan(480), wan(480), wan(0)),
        goals=["2026年支持农业社会化服务组织开展托管服务12万亩次，亩均补助不超过40元。"],
    )  # fmt: skip
    indicators(s, WEIGHT, [
        ("产出指标", "数量指标", "托管服务面积", "≥12万亩次", 30),
        ("成本指标", "经济成本指标", "亩均托管补助", "≤40元/亩次", 20),
        ("效益指标", "经济效益指标", "服务小农户节本增效", "≥50元/亩", 20),
        (None, mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "服务合同按期履约率", "≥95%", 20),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("rf07-bracket-notes", (9, 12), "amounts with legitimate notes in brackets in the head "
         "and in the 测算依据 lines, adding up to the total (correct)")  # fmt: skip
def rf07() -> Book:
    b, s = book("项目表")
    project_head(
        s, year=2026, name="2026年脱贫村产业配套设施建设项目", dept="云峤县乡村振兴局（705）",
        unit="云峤县乡村振兴局", money=[
            ("年度资金总额", "980万元（含中央衔接资金620万元、省级资金360万元）", None, None),
            ("其中：财政拨款", wan(980), "其他资金", wan(0))],
        goals=["2026年硬化产业路14公里，建设冷链仓储设施6座，购置农产品初加工设备一批。"],
    )  # fmt: skip
    basis(s, [
        ("产业路硬化", "14公里，每公里约30万元", "420万元（其中路面380万元、排水40万元）"),
        ("冷链仓储设施", "6座，每座60万元", wan(360)),
        ("初加工设备", "烘干、分拣设备共8套", "200万元（其中设备购置160万元、安装调试40万元）"),
    ], wan(980))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "硬化产业路里程", "≥14公里"),
        (None, None, "建成冷链仓储设施", "≥6座"),
        (None, "质量指标", "工程验收合格率", pct(1)),
        ("成本指标", "经济成本指标", "每座冷链仓储设施投资", "≤60万元/座"),
        ("效益指标", "经济效益指标", "农产品产后损耗下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "符采薇", "宁远舟", "0898-36217594")
    return b


@variant("rf08-split-and-twice", (9, 12), "a total split by a space and stored as text, a task "
         "amount pasted twice before its note")  # fmt: skip
def rf08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="2026年农业废弃物资源化利用项目", dept="岑塘县农业农村局（414）",
        unit="岑塘县农业生态与资源保护站",
        money=[("年度资金总额", mk("1205.337 6", "X105", "warning", note="1205.3376"), None, None),
               ("其中：财政拨款", wan(1205.3376), "其他资金", wan(0))],
        goals=["2026年秸秆综合利用率达到92%，回收废旧农膜1100吨，畜禽粪污综合利用率达到80%。"],
    )  # fmt: skip
    basis(s, [
        ("秸秆综合利用", "收储点4个及打捆设备",
         mk("86万86万（含设备采购60万元）", "X106", "error", note="86万 pasted twice")),
        ("废旧农膜回收", "回收1100吨，每吨补助约2900元", wan(320)),
        ("畜禽粪污资源化利用", "规模养殖场配套设施改造", wan(799.3376)),
    ], wan(1205.3376))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "回收废旧农膜", "≥1100吨"),
        (None, "质量指标", "秸秆综合利用率", "≥92%"),
        ("成本指标", "经济成本指标", "每吨农膜回收补助", "≤2900元/吨"),
        ("效益指标", "生态效益指标", "畜禽粪污综合利用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("rf09-pdf-spacing", (1, 9), "a sanitation project copied from a PDF: full-width ≧ and "
         "％, a space between number and unit, 财政拨款 with a 上年结转 note in brackets, 100% "
         "typed in Excel (correct)")  # fmt: skip
def rf09() -> Book:
    b, s = book("村庄清洁行动")
    project_head(
        s, year=2026, name="2026年村庄清洁行动和人居环境整治项目", dept="漓湄县农业农村局（233）",
        unit="漓湄县农村人居环境整治服务中心", money=[
            ("年度资金总额", wan(1245), None, None),
            ("其中：财政拨款", "1245万元（含上年结转45万元）", "其他资金", wan(0))],
        goals=["2026年在86个行政村常态化开展村庄清洁行动，配置保洁员520名，新建垃圾转运站4座。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "开展村庄清洁行动行政村数", "≥ 86 个"),
        (None, None, "配置村庄保洁员", "≧520名"),
        (None, None, "新建垃圾转运站", "≥ 4 座"),
        (None, "质量指标", "农村生活垃圾收运处置体系覆盖率", pct(1)),
        (None, "时效指标", "转运站建成投用时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "保洁员人均年补助", "≤1.2万元/人"),
        ("效益指标", "生态效益指标", "村庄环境卫生达标率", "≧95％"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≧90％"),
    ])  # fmt: skip
    sign(s, "覃晓岚", "韦安澜", "0773-81625390")
    return b


@variant("rf10-lost-decimal-zero-cost", (9, 12), "a 测算依据 line 10 000× its share (元 typed "
         "in a 万元 column), a per-household subsidy rounded to 0万元")  # fmt: skip
def rf10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="2026年农村厕所革命整村推进项目", dept="黎丘县农业农村局（128）",
        unit="黎丘县农村改厕工作领导小组办公室",
        money=one_year_money(wan(1480), wan(1400), wan(80)),
        goals=["2026年完成农村户厕改造4500户，新建和改造农村公厕38座，配套粪污资源化利用设施。"],
    )  # fmt: skip
    basis(s, [
        ("农村户厕改造", "4500户，户均补助2000元", wan(900)),
        ("农村公厕新建改造", "38座，每座10万元", wan(380)),
        ("粪污资源化利用设施", "抽粪车及贮粪池",
         mk(wan(2000000), "B110", "error", alt=("B102",), note="200万元 typed in 元")),
    ], ok(wan(1480), "error", note="the lines add up only when 200 is read"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "完成户厕改造", "≥4500户"),
        (None, None, "新建和改造农村公厕", "≥38座"),
        (None, "质量指标", "改厕质量验收合格率", "≥95%"),
        ("成本指标", "经济成本指标", "户均改厕补助",
         mk("≤0万元/户", "T115", "error", note="0.2万元 rounded to 0")),
        ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("rf11-prior-year-benchmarks", (9, 12), "a collective-economy project with a prior-year "
         "block (执行数 below 预算, rate typed as 0.00%), a value with its benchmark in brackets, "
         "a note naming two sources that add up (correct)")  # fmt: skip
def rf11() -> Book:
    b, s = book("项目支出")
    project_head(
        s, year=2026, name="2026年扶持壮大村级集体经济项目", dept="凤栖县委组织部（011）",
        unit="凤栖县农村经营管理服务站", money=one_year_money(wan(1200), wan(1200), wan(0)),
        goals=["2026年扶持24个村发展村级集体经济，每村扶持50万元（中央资金30万元、省级资金20"
               "万元），扶持村集体经营性收入均达到10万元以上。"],
    )  # fmt: skip
    prior(s, [("2025年", wan(1150), wan(1128.6), pct(0.9814, "0.00%"))])
    indicators(s, ONE, [
        ("产出指标", "数量指标", "扶持村数量", "≥24个"),
        (None, "质量指标", "扶持项目资产确权登记率", "≥95%（行业标准）"),
        ("成本指标", "经济成本指标", "每村扶持资金", "≤50万元/村"),
        ("效益指标", "经济效益指标", "扶持村集体经营性收入", "≥10万元/村"),
        (None, "可持续影响指标", "集体资产收益分配制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "村集体成员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "喻知秋", "骆青禾", "0745-22837016")
    return b


@variant("rf12-separators-serial", (9,), "a total typed as text with a thousands separator, the "
         "计划完成日期 pasted as a date serial in a text cell")  # fmt: skip
def rf12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="2026年高标准农田建后管护补助项目", dept="洮川县农业农村局（327）",
        unit="洮川县农田建设管理中心", end=mk("46387", "X104", "warning", note="2026-12-31"),
        money=[("年度资金总额", mk("1,280.50", "X103", "warning", note="1280.5"), None, None),
               ("其中：财政拨款", wan(1280.5), "其他资金", wan(0))],
        goals=["2026年对全县42.5万亩已建高标准农田开展建后管护，每亩管护补助30元。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建后管护面积", "≥42.5万亩"),
        (None, "质量指标", "灌排设施完好率", "≥90%"),
        ("成本指标", "经济成本指标", "亩均管护补助", "≤30元/亩"),
        ("效益指标", "经济效益指标", "管护区粮食亩产提高", "≥20公斤"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
