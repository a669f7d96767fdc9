"""Broad bean (蚕豆) processing returns of the 528th held-out set: br01–br06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout528.common import YEAR, book, header, indicators, notes, one_year, sign
from tests.variants.holdout528.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
DEPT = "枫渡县农业农村局（403）"


@variant(
    "br01-bean-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 only in "
    "the number format, a 霉变率 capped with ≤ (correct)",
)
def br01() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="蚕豆鲜荚订单收购与初加工补助项目", dept=DEPT,
        unit="枫渡县石砚镇农业综合服务中心", money=one_year(80, 65, 15),
        goals=["订单收购蚕豆鲜荚600吨以上，建成脱壳分级线1条，带动320户种植户增收。"],
    )  # fmt: skip
    header(s, *OPS)
    indicators(s, [
        ("产出指标", "数量指标", "蚕豆鲜荚订单收购量", "≥", 600, "吨"),
        (None, None, "带动种植户数", "≥", 320, "户"),
        (None, "质量指标", "脱壳豆瓣出厂检验合格率", "≥", pct(0.98), "%"),
        (None, None, "原料霉变率", "≤", pct(0.015, "0.0%"), "%"),
        (None, "时效指标", "收购款兑付时限", "≤", 10, "工作日"),
        (None, "成本指标", "鲜荚收购补贴标准", "≤", 500, "元/吨"),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥", 1800, "元"),
        (None, "社会效益指标", "脱贫户参与比例", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "订单种植合同续签率", "≥", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "br02-bean-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator and unit columns: a typed 合格率 of 102% and a 其他资金 cell "
    "formatted in 元 inside the 万元 block",
)
def br02() -> Book:
    b, s = book()
    other = mk(money(200000, YUAN), "B105", "error",
               note="shows 200,000.00元 in a 项目资金（万元） block")  # fmt: skip
    project_head(
        s, year=YEAR, name="兰花豆（油炸蚕豆）加工车间提升项目", dept=DEPT,
        unit="枫渡县榆塘乡豆香食品专业合作社", money=one_year(120, 100, other),
        goals=["改造油炸及包装车间1处，年加工兰花豆150吨，产品抽检全部合格。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="120 ≠ 100 + 200000: follows from B105")
    header(s, *OPS)
    wrong = mk(pct(1.02), "T106", "error", note="a 合格率 cannot exceed 100%: ≥102%")
    indicators(s, [
        ("产出指标", "数量指标", "兰花豆年加工量", "≥", 150, "吨"),
        (None, None, "改造油炸及包装车间", "=", 1, "处"),
        (None, "质量指标", "油炸蚕豆产品抽检合格率", "≥", wrong, "%"),
        (None, "时效指标", "车间改造完工时间", "≤", "2025年8月31日", None),
        (None, "成本指标", "每吨加工能耗成本", "≤", 260, "元/吨"),
        ("效益指标", "经济效益指标", "兰花豆销售收入增长率", "≥", pct(0.12), "%"),
        (None, "社会效益指标", "带动周边务工人数", "≥", 35, "人"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def _stacked_first(s: Sheet, words: tuple[str, str]) -> None:
    """The first of two stacked projects: a 蚕豆 seed-multiplication base."""
    project_head(
        s, year=YEAR, name="蚕豆良种繁育基地建设项目", dept=DEPT,
        unit="枫渡县种子管理站", money=one_year(60, 50, 10),
        goals=["建设蚕豆良种繁育基地2000亩，培训种植户400人次。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", *words)
    indicators(s, [
        ("产出指标", "数量指标", "良种繁育基地面积", "≥2000亩"),
        (None, None, "蚕豆种植户培训人次", "≥400人次"),
        (None, "质量指标", "良种纯度达标率", "≥98%"),
        (None, "时效指标", "良种供种时间", "2025年10月15日前"),
        (None, "成本指标", "良种繁育补贴标准", "≤150元/亩"),
        ("效益指标", "经济效益指标", "良种亩均增产", "≥40公斤"),
        ("满意度指标", "服务对象满意度指标", "制种农户满意度", "≥90%"),
    ])  # fmt: skip


@variant(
    "br03-bean-stacked",
    (2, 7),
    "two projects stacked in one sheet, OLD-NAT, headers 指标内容 and 绩效标准, the same "
    "indicator name with different values in the two projects (correct)",
)
def br03() -> Book:
    b, s = book()
    words = ("指标内容", "绩效标准")
    _stacked_first(s, words)
    s.skip()
    project_head(
        s, year=YEAR, name="蚕豆芽菜与豆瓣加工技术培训项目", dept=DEPT, title="",
        unit="枫渡县农业技术推广中心", money=one_year(24, 24, 0),
        goals=["开展蚕豆芽菜、豆瓣加工技术培训900人次，新培育加工示范户30户。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", *words)
    indicators(s, [
        ("产出指标", "数量指标", "蚕豆种植户培训人次", "≥900人次"),
        (None, None, "新培育加工示范户", "≥30户"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均培训成本", "≤240元/人次"),
        ("效益指标", "社会效益指标", "学员加工技术掌握率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "br04-bean-stacked-defects",
    (2, 11),
    "two projects stacked, OLD-NAT, one value column: the second project's total is not its "
    "parts, a 破碎率 with ≥ and a 利用率 given as a count",
)
def br04() -> Book:
    b, s = book()
    _stacked_first(s, ("三级指标", "指标值"))
    s.skip()
    total = mk(money(95, '0.00"万元"'), "B101", "error", note="财政拨款 70 + 其他资金 20 = 90")
    project_head(
        s, year=YEAR, name="蚕豆鲜荚冷藏保鲜库建设项目", dept=DEPT, title="",
        unit="枫渡县沙湾口镇人民政府", money=one_year(total, 70, 20),
        goals=["新建产地冷藏保鲜库2座，错峰销售鲜荚蚕豆800吨。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "新建冷藏保鲜库", "=2座"),
        (None, None, "错峰销售鲜荚蚕豆", "≥800吨"),
        (None, "质量指标", "冷藏鲜荚破碎率",
         mk("≥3%", "T108", "warning", row=True, note="a 破碎率 is 反向: ≤3% meant")),
        (None, None, "冷库容量利用率",
         mk("2座", "T105", "error", note="a 利用率 needs a percentage, not a count")),
        (None, "时效指标", "冷库建成投用时间", "2025年4月30日前"),
        (None, "成本指标", "单座冷库建设成本", "≤40万元/座"),
        ("效益指标", "经济效益指标", "鲜荚错峰销售溢价", "≥0.8元/公斤"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "br05-bean-template-rows",
    (6, 7, 13),
    "project, NAT-2021, header 预期目标: a 时效指标 template row left empty and a value "
    "without an indicator name",
)
def br05() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="蚕豆烘干社会化服务能力提升项目", dept=DEPT,
        unit="枫渡县农机化技术推广站", money=one_year(60, 48, 12),
        goals=["购置蚕豆烘干设备6台，烘干服务覆盖3000亩，减少霉变损失。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    empty_t2 = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left unfilled")
    no_name = mk(None, "F110", "error", note="≥4家 under 社会效益指标 with no indicator name")
    indicators(s, [
        ("产出指标", "数量指标", "蚕豆烘干设备购置数量", "≥6台"),
        (None, None, "烘干服务覆盖面积", "≥3000亩"),
        (None, "质量指标", "烘干后含水率达标率", "≥95%"),
        (None, empty_t2, None, None),
        ("成本指标", "经济成本指标", "烘干设备单台购置成本", "≤8万元/台"),
        ("效益指标", "经济效益指标", "烘干减损增收", "≥45万元"),
        (None, "社会效益指标", no_name, "≥4家"),
        (None, "生态效益指标", "豆荚秸秆还田利用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "烘干服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "br06-bean-notes",
    (4, 7),
    "project, OLD-NAT, headers 考核指标, 目标值（年度） and 评价标准: a note row between tiers, "
    "=100% as text, 0起 on an incident count, 说明 and 填表说明 rows, signature and date "
    "lines (correct)",
)
def br06() -> Book:
    b, s = book(widths=(14, 16, 28, 18, 30, 12))
    project_head(
        s, year=YEAR, name="传统蚕豆瓣酱发酵工坊改造项目", dept=DEPT,
        unit="枫渡县苇川镇豆瓣酱产业协会", money=one_year(45, 38, 7),
        goals=["新增发酵缸120口，改造冷链设施，带动收购蚕豆350吨，全年不发生食品安全事故。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, [
        ("产出指标", "数量指标", "新增豆瓣酱发酵缸", "≥120口", "每少10口扣1分"),
        (None, None, "带动蚕豆收购量", "≥350吨", "每少20吨扣1分"),
        (None, "质量指标", "冷链设施验收合格率", "=100%", "全部合格得满分"),
        (None, "时效指标", "发酵车间改造完成时间", "2025年10月31日前", "逾期不得分"),
        (None, "成本指标", "单口发酵缸购置成本", "≤1500元/口", "超标准不得分"),
    ])  # fmt: skip
    notes(s, "注：以下效益指标以县统计局2025年抽样调查数据为准。", width=5)
    indicators(s, [
        ("效益指标", "经济效益指标", "豆瓣酱销售收入", "≥600万元", "按比例得分"),
        (None, "社会效益指标", "食品安全事故发生次数", "0起", "发生1起不得分"),
        (None, "可持续影响指标", "传统豆瓣制作技艺传承人培养", "≥6人", "每少1人扣1分"),
        ("满意度指标", "服务对象满意度指标", "协会会员满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    notes(
        s, "说明：资金总额45万元＝财政拨款38万元＋协会自筹7万元；发酵缸18万元，其余用于冷链。",
        "填表说明：指标值应尽量量化，无法量化的用分级描述；时效指标填写完成时限。", width=5,
    )  # fmt: skip
    sign(s, "乔望川", "郑绮", "0837-6612458")
    return b
