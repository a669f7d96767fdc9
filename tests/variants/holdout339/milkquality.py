"""Raw milk quality testing and somatic cell counts: uk07–uk12 (notes rows, tier labels, header
words, second sheets and exports)."""

from __future__ import annotations

from tests.variants.holdout339.common import YEAR, indicators, money_rows, note, project, sign, w
from tests.variants.holdout339.registry import variant
from tests.variants.kit import Book, day, mk, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("uk07-notes-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, a header "
         "repeated after a page break, a footnote explaining the total, signature "
         "(correct)")  # fmt: skip
def uk07() -> Book:
    b, s = project(name="松麓市生鲜乳质量安全监测项目", unit="松麓市农产品质量安全检测中心",
                   dept="松麓市农业农村局（330417）", money=money_rows(210, 210, 0),
                   goals=["全年抽检生鲜乳1800批次，收购站和运输车监测全覆盖。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("填表说明：三级指标可根据项目实际增减，指标值应量化。", None, None, None),
        ("产出指标", "数量指标", "生鲜乳抽检批次", "≥1800批次"),
        (None, None, "体细胞数检测样品数", "≥600个"),
        (None, "质量指标", "抽检覆盖生鲜乳收购站比例", "=100%"),
        (None, "时效指标", "检测结果报送时限", "≤5个工作日"),
    ])  # fmt: skip
    s.skip()
    indicators(s, HEAD4, [
        ("产出指标", "成本指标", "单批次检测费用", "≤800元/批次"),
        ("效益指标", "社会效益指标", "生鲜乳抽检合格率", "≥99.5%"),
        (None, None, "收购站生鲜乳体细胞数平均值", "≤40万个/毫升"),
        (None, "可持续影响指标", "检测数据上传监管平台率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "奶站和乳企满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注1：项目资金210万元含抽检经费150万元、检测设备购置60万元。")
    note(s, "注2：体细胞数按收购站月度平均值统计。")
    sign(s, "滕若溪", "0745-3318826", day(YEAR - 1, 12, 2, 'yyyy"年"m"月"d"日"'))
    return b


@variant("uk08-notes-defect", (4, 11),
         "project, OLD-NAT, one value column, a 说明 row between tiers and 填表说明 below: a "
         "somatic cell cap written with ≥, a reporting deadline given as 100%")  # fmt: skip
def uk08() -> Book:
    b, s = project(name="青禾县生鲜乳收购站体细胞数监测项目", unit="青禾县动物疫病预防控制中心",
                   dept="青禾县农业农村局（415302）", money=money_rows(48, 45, 3),
                   goals=["监测全县14个收购站生鲜乳体细胞数，推动降低乳房炎发病。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "监测收购站数量", "≥14个"),
        (None, None, "体细胞数检测批次", "≥560批次"),
        (None, "质量指标", "收购站生鲜乳体细胞数平均值",
         mk("≥30万个/毫升", "T108", "warning", row=True,
            note="a somatic cell count is 反向 (lower is better): the cap needs ≤")),
        (None, "时效指标", "检测报告出具时限",
         mk("100%", "T113", "warning", note="a time limit given as a percentage")),
        ("说明：成本指标按单批次检测费用核定。", None, None, None),
        ("产出指标", "成本指标", "单批次体细胞数检测费用", "≤500元/批次"),
        ("效益指标", "社会效益指标", "奶牛乳房炎发病率下降", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "收购站满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "填表说明：指标值应包含比较符、数值和计量单位。")
    return b


@variant("uk09-tier-labels", (5,),
         "project, NAT-2021, numbered tier labels (一、产出指标, （一）数量指标) and ★ core "
         "indicators (correct)")  # fmt: skip
def uk09() -> Book:
    b, s = project(name="乌塬县奶牛养殖大县奖补项目", unit="乌塬县畜牧发展中心",
                   dept="乌塬县农业农村局（612208）", money=money_rows(500, 500, 0),
                   goals=["支持奶牛养殖场扩群增量和饲草料基地建设，存栏2.6万头。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "★奶牛存栏量", "≥26000头"),
        (None, None, "支持扩群奶牛场数量", "≥25个"),
        (None, "（二）质量指标", "生鲜乳乳蛋白率", "≥3.2%"),
        (None, "（三）时效指标", "奖补资金拨付时间", "2025年9月30日前"),
        ("二、成本指标", "（一）经济成本指标", "单场扩群奖补", "≤20万元/个"),
        ("三、效益指标", "（一）经济效益指标", "★生鲜乳产量", "≥15万吨"),
        (None, "（二）可持续影响指标", "饲草料自给率", "≥70%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "养殖场满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("uk10-tier-wrong-parent", (5,),
         "project, NAT-2021, tier labels with points (产出指标（40分）): 时效指标 under 效益, a "
         "coverage rate given as a count")  # fmt: skip
def uk10() -> Book:
    b, s = project(name="宁岗市乳品企业质量检测能力提升项目", unit="宁岗市市场监管检验所",
                   dept="宁岗市市场监督管理局（306020）", money=money_rows(130, 110, 20),
                   goals=["为辖区乳品企业提供原料奶和成品检测服务，提升检测能力。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标（40分）", "数量指标", "原料奶检测批次", "≥3000批次"),
        (None, None, mk("乳品企业检测覆盖率", "T105", "error", row=True,
                        note="a 覆盖率 given as a count of firms"), "36家"),
        (None, "质量指标", "检测结果准确率", "≥99%"),
        ("成本指标（20分）", "经济成本指标", "单批次检测成本", "≤350元/批次"),
        ("效益指标（30分）", "社会效益指标", "乳品抽检合格率", "≥99%"),
        (None, mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "检测报告出具时间", "≤3个工作日"),
        ("满意度指标（10分）", "服务对象满意度指标", "乳品企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "考核指标", "目标值（年度）",
               "评价标准")  # fmt: skip
FULL = "达到目标值得满分，未达到按比例扣分"


@variant("uk11-export-assessment", (7, 12),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes "
         "in the first columns, headers 考核指标 / 目标值（年度） / 评价标准 "
         "(correct)")  # fmt: skip
def uk11() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (18, 30, 14, 14, 14))
    m.title("2025年部门项目支出预算表", 5)
    m.row("单位名称：青禾县农业农村局", None, None, "单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    m.row("52112725A0031", "生鲜乳收购站检测补助", money(96, "0.00"), money(96), money(0))
    m.row("52112725A0047", "生鲜乳运输车监管", money(54), money(50), money(4))
    m.row("合计", None, money(150), money(146), money(4))
    s = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 26, 16, 24))
    s.title("2025年部门项目支出绩效目标表", 7)
    s.row("单位名称：青禾县农业农村局")
    indicators(s, EXPORT_HEAD, [
        ("52112725A0031", "生鲜乳收购站检测补助", "产出指标", "数量指标", "生鲜乳检测批次",
         "≥1200批次", FULL),
        (None, None, None, "成本指标", "单批次检测补助", "≤600元/批次", "超出标准不得分"),
        (None, None, "效益指标", "社会效益指标", "体细胞数超标批次下降率", "≥10%", FULL),
        (None, None, None, None, "生鲜乳质量安全事件", "0起", "发生即不得分"),
        (None, None, "满意度指标", "服务对象满意度指标", "收购站满意度", "≥90%", FULL),
        ("52112725A0047", "生鲜乳运输车监管", "产出指标", "数量指标", "备案运输车抽查辆次",
         "≥240辆次", FULL),
        (None, None, None, "质量指标", "运输车备案率", "=100%", FULL),
        (None, None, "效益指标", "社会效益指标", "运输环节违规案件查处率", "=100%", FULL),
        (None, None, "满意度指标", "服务对象满意度指标", "乳企满意度", "≥90%", FULL),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("uk12-second-sheet-wrong", (7, 9),
         "project: head on the first sheet with a split number, the indicator table on a second "
         "sheet under 预期实现值, a date typed as its serial number in a text cell")  # fmt: skip
def uk12() -> Book:
    split = mk("286.451 2", "X105", "warning", alt=("X103",),
               note="a number broken by a space, stored as text: read as 286.4512")  # fmt: skip
    head = [("年度资金总额", split, "其中：财政拨款", money(250.4512, "0.0000")),
            (None, None, "其他资金", w(36))]  # fmt: skip
    b, _ = project("项目信息", name="柘原县生鲜乳快速检测能力建设项目", money=head,
                   unit="柘原县农产品质量安全检测站",
                   goals=["为收购站配备原料奶快速检测设备20套，开展抗生素快检。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "配备快速检测设备", "≥20套"),
        (None, None, "抗生素残留快检批次", "≥2400批次"),
        (None, "时效指标", "检测设备安装完成时间",
         mk("45838", "X104", "warning", note="a date serial (2025-06-30) typed in a text cell")),
        (None, "成本指标", "单套快检设备购置成本", "≤8万元/套"),
        ("效益指标", "社会效益指标", "收购站快检覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "收购站满意度", "≥90%"),
    ])  # fmt: skip
    return b
