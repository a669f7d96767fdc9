"""Agriculture projects re-typed from PDF and Word or typed in WPS (pl01–pl05)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout210.common import (
    FOUR,
    ONE,
    TWO,
    WRAPPED,
    book,
    details,
    fw,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    titled,
    wan,
)  # fmt: skip
from tests.variants.holdout210.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk


@variant("pl01-fullwidth-farmland", (4, 9), "one-year project, NAT-2021, title and unit rows "
         "above the head, header cells with line breaks, every value typed in full width "
         "(≥５０００亩, ≥９５％), a note and a signature line below (correct)")  # fmt: skip
def pl01() -> Book:
    b, s = book("Sheet1")
    titled(s, "2026年度项目支出绩效目标表")
    project_head(
        s, year=2026, name="临溪县高标准农田建设项目", dept="临溪县农业农村局（401）",
        unit="临溪县农田建设服务中心", title="",
        money=one_year_money(wan(1500), wan(1200), wan(300)),
        goals=[fw("2026年新建高标准农田5000亩，配套灌排渠道12公里，受益农户1200户，"
                  "项目区粮食亩产提高50公斤以上。")],
    )  # fmt: skip
    indicators(s, WRAPPED, [
        ("产出指标", "数量指标", "新建高标准农田面积", fw("≥5000亩")),
        (None, None, "新建配套灌排渠道长度", fw("≥12公里")),
        (None, "质量指标", "工程竣工验收合格率", fw("≥95%")),
        (None, "时效指标", "项目完工时间", fw("2026年11月30日前")),
        ("成本指标", "经济成本指标", "亩均建设成本", fw("≤2800元/亩")),
        ("效益指标", "经济效益指标", "项目区粮食亩产提高量", fw("≥50公斤")),
        (None, "社会效益指标", "受益农户数", fw("≥1200户")),
        (None, "生态效益指标", "项目区农田灌溉节水率", fw("≥10%")),
        (None, "可持续影响指标", "工程建后管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", fw("≥90%")),
    ])  # fmt: skip
    note(s, "注：亩均建设成本含田间道路、灌排渠道及土壤改良费用。")
    sign(s, "何秋实", "陈立夏", "0593-7261158")
    return b


@variant("pl02-split-total-straw-count", (9, 12), "one-year project, NAT-2021, operator and "
         "unit columns, amounts to four decimals: the 资金总额 split by a space as text "
         "(386.452 8), a 综合利用率 given in 万吨")  # fmt: skip
def pl02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 12))
    titled(s, "白沙河区2026年度项目支出绩效目标表")
    total = mk(
        mk(
            "386.452 8",
            "X105",
            "warning",
            alt=("X103",),
            note="300 + 86.4528 = 386.4528: the number is right, only split",
        ),
        "B101",
        "error",
        required=False,
        note="a misread split number stops adding up",
    )
    project_head(
        s, year=2026, name="秸秆综合利用项目", dept="白沙河区农业农村局（402）",
        unit="白沙河区农业技术推广中心", title="",
        money=one_year_money(total, C(300, FOUR), C(86.4528, FOUR)),
        goals=["全年收储离田秸秆2.6万吨，完成秸秆还田作业3万亩，减少秸秆露天焚烧。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "秸秆离田收储量", "≥", 2.6, "万吨"),
        (None, None, "秸秆还田作业面积", "≥", 3, "万亩"),
        (None, "质量指标", "秸秆综合利用率", "≥",
         mk(3.2, "T105", "error", row=True, note="a 利用率 needs a percentage, not 万吨"),
         "万吨"),
        (None, "时效指标", "收储补贴兑付完成时间", "≤", day(2026, 12, 15, CN_DATE), None),
        ("成本指标", "经济成本指标", "秸秆离田收储补贴标准", "≤", 100, "元/吨"),
        (None, None, "秸秆还田作业补贴标准", "≤", 40, "元/亩"),
        ("效益指标", "经济效益指标", "秸秆收储带动农民增收", "≥", 150, "万元"),
        (None, "生态效益指标", "秸秆露天焚烧火点数下降率", "≥", 20, "%"),
        (None, "可持续影响指标", "秸秆收储运体系运行情况", "定性", "稳定运行", None),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "冯远舟", "吕清和", "0593-6625041")
    return b


@variant("pl03-word-operators-repeated-tiers", (5, 9), "one-year project, OLD-NAT, tiers "
         "repeated in every row, operators in words, bare full-width numbers as text and a "
         "full-width ％ in the unit column, a 0-起 harm target, 填表说明 and a stamp line "
         "(correct)")  # fmt: skip
def pl03() -> Book:
    b, s = book("Sheet1", (14, 14, 32, 12, 12, 12))
    titled(s, "2026年度项目支出绩效目标申报表", unit="单位：万元")
    project_head(
        s, year=2026, name="农产品质量安全监测项目", dept="青岚市农业农村局（403）",
        unit="青岚市农产品质量安全检测中心", title="",
        money=one_year_money(wan(150), wan(130), wan(20)),
        goals=["全年完成农产品定量检测1200批次、快速检测6000批次，主要农产品质量安全监测合格率"
               "稳定在98%以上，不发生重大农产品质量安全事件。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "农产品定量检测批次", "大于等于", fw("1200"), "批次"),
        ("产出指标", "数量指标", "农产品快速检测批次", "大于等于", fw("6000"), "批次"),
        ("产出指标", "质量指标", "监测结果报送准确率", "大于等于", fw("98"), "％"),
        ("产出指标", "时效指标", "定量检测结果出具时限", "小于等于", fw("5"), "个工作日"),
        ("产出指标", "成本指标", "定量检测单批次成本", "小于等于", fw("800"), "元/批次"),
        ("效益指标", "社会效益指标", "主要农产品质量安全监测合格率", "大于等于", fw("98"), "％"),
        ("效益指标", "社会效益指标", "重大农产品质量安全事件发生数", "等于", fw("0"), "起"),
        ("效益指标", "可持续影响指标", "纳入追溯管理的生产经营主体", "大于等于", fw("300"), "家"),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "大于等于", fw("90"), "％"),
    ], merged=())  # fmt: skip
    note(s, "填表说明：1．比较符填“大于等于”“小于等于”或“等于”；2．指标值只填数字，"
            "计量单位另列。")  # fmt: skip
    s.row("填报单位（盖章）：", None, None, None, "填报日期：2025年12月10日")
    return b


@variant("pl04-period-annual-total-off", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns under headers with line breaks, values with a bracketed note on a second "
         "line: the 年度 资金总额 320 ≠ 260 + 40")  # fmt: skip
def pl04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="设施农业提升三年行动项目", dept="白沙河区农业农村局（402）",
        unit="白沙河区蔬菜产业发展中心",
        money=period_money((wan(900), wan(750), wan(150)),
                           (mk(wan(320), "B101", "error", note="260 + 40 = 300"), wan(260),
                            wan(40))),
        goals=["2026年至2028年新建改造设施大棚1500亩，培训设施农业技术人员900人次，带动农户"
               "就业600人。",
               "2026年新建改造设施大棚500亩，培训设施农业技术人员300人次，带动农户就业200人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建改造设施大棚面积", "≥1500亩", "≥500亩"),
        (None, None, "培训设施农业技术人员", "≥900人次", "≥300人次"),
        (None, "质量指标", "设施大棚验收合格率", "≥95%\n（省考核）", "≥95%\n（省考核）"),
        (None, "时效指标", "年度建设任务完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每亩设施大棚建设补助", "≤5000元/亩", "≤5000元/亩"),
        ("效益指标", "经济效益指标", "项目区设施蔬菜亩均增收", "≥2000元", "≥2000元"),
        (None, "社会效益指标", "带动农户就业人数", "≥600人", "≥200人"),
        (None, "可持续影响指标", "设施农业社会化服务机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益经营主体满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邱望舒", "戴明远", "0593-6627730")
    return b


@variant("pl05-stacked-pasted-twice", (2, 9, 12), "two one-year projects stacked from a Word "
         "file, NAT-2021, one value column, a 资金测算明细 under the first: one line pasted "
         "twice (48万48万); each cost standard × count equals its money")  # fmt: skip
def pl05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="基层农技推广服务补助项目", dept="青岚市农业农村局（403）",
        unit="青岚市农业技术推广站", title="2026年度项目支出绩效目标表（汇总）",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["全年培训基层农技人员400人次，建设农业科技示范基地6个，示范基地主推技术到位率"
               "达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训基层农技人员", "≥400人次"),
        (None, None, "建设农业科技示范基地", "≥6个"),
        (None, "质量指标", "示范基地主推技术到位率", "≥95%"),
        (None, "时效指标", "培训任务完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤1200元/人次"),
        ("效益指标", "经济效益指标", "示范区主要农作物单产增幅", "≥5%"),
        (None, "社会效益指标", "主推技术入户覆盖农户数", "≥3000户"),
        ("满意度指标", "服务对象满意度指标", "参训农技人员满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [
        ("基层农技人员培训",
         mk("48万48万", "X106", "error", alt=("B108",), note="48万 pasted twice: 48"),
         "400人次×1200元/人次"),
        ("农业科技示范基地建设", wan(45), "6个基地，每个7.5万元"),
        ("示范基地技术指导及物化补助", wan(27), "按示范面积测算"),
    ], wan(120))  # fmt: skip
    b.file_mark("B102", "error", required=False, note="only if 48万48万 is misread")
    s.skip()
    project_head(
        s, year=2026, name="农作物病虫害绿色防控项目", dept="青岚市农业农村局（403）",
        unit="青岚市植保植检站", title="",
        money=one_year_money(wan(80), wan(80), wan(0)),
        goals=["建设绿色防控示范区2万亩，示范区化学农药使用量减少10%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "绿色防控示范面积", "≥2万亩"),
        (None, "质量指标", "示范区病虫害防治效果达标率", "≥90%"),
        (None, "时效指标", "防控物资发放完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "亩均防控物资补助", "≤40元/亩"),
        ("效益指标", "生态效益指标", "示范区化学农药使用量减少率", "≥10%"),
        (None, "社会效益指标", "参与绿色防控农户数", "≥2000户"),
        ("满意度指标", "服务对象满意度指标", "示范区农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "范青禾", "鲁一鸣", "0593-6630912")
    return b
