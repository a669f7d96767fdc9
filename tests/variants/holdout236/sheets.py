"""Workbooks whose indicator table is on a second sheet, found by the words offices use
(绩效标准, 预期目标, 指标内容, 目标值（年度）), a budget-system export with the header on the third
row, and conversion artefacts in the money block (ql07–ql10, ql15, ql16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout236.common import (
    basis,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    sources,
    wan,
)
from tests.variants.holdout236.registry import variant
from tests.variants.kit import Book, C, day, mk, ok, pct

WIDE = (14, 16, 30, 12, 12, 14, 12)


@variant("ql07-irrigation-second-sheet", (7, 12), "one-year project, head and 测算依据 on "
         "「项目基本信息」, indicators under 绩效标准 on 「绩效指标」: 渠道 × unit price within "
         "the money, a 利用系数 0.58, a 渗漏损失率 ≤12% (correct)")  # fmt: skip
def ql07() -> Book:
    b, s = book("项目基本信息", (14, 18, 30, 16, 16, 12))
    project_head(
        s, year=2026, name="柳河灌区续建配套与节水改造项目", dept="宁川市水利局（331）",
        unit="宁川市柳河灌区管理处", start=day(2026, 3, 10, "yyyy年m月d日"),
        end=day(2026, 11, 30, "yyyy年m月d日"),
        money=one_year_money(wan(3800), wan(3800), wan(0)),
        goals=["2026年完成渠道防渗衬砌45公里，配套渠系建筑物180座，新增节水灌溉面积2.4万亩，"
               "年节约灌溉用水620万立方米。"],
    )  # fmt: skip
    basis(s, [
        ("渠道防渗衬砌", "45公里×52万元/公里", wan(2340)),
        ("渠系建筑物配套", "180座×6万元/座", wan(1080)),
        ("量测水设施", "60处×4.5万元/处", wan(270)),
        ("勘测设计及监理", "按合同价计列", wan(110)),
    ], wan(3800))  # fmt: skip
    sources(s, [("中央补助", wan(2280), pct(0.6)), ("省级补助", wan(950), pct(0.25)),
                ("市县配套", wan(570), pct(0.15))], (wan(3800), pct(1)))  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 16))
    t.title("柳河灌区续建配套与节水改造项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "绩效标准", "指标值设定依据"), [
        ("产出指标", "数量指标", "渠道防渗衬砌长度", "≥45公里", "实施方案"),
        (None, None, "配套渠系建筑物", "≥180座", "实施方案"),
        (None, None, "新建量测水设施", "≥60处", "实施方案"),
        (None, "质量指标", "工程验收合格率", "100%", "行业标准"),
        (None, "时效指标", "工程完工时间", "2026年11月30日前", "计划标准"),
        ("成本指标", "经济成本指标", "渠道衬砌单位成本", "≤52万元/公里", "概算批复"),
        ("效益指标", "经济效益指标", "年节约灌溉用水量", "≥620万立方米", "设计报告"),
        (None, None, "新增节水灌溉面积", "≥2.4万亩", "实施方案"),
        (None, "生态效益指标", "灌溉水有效利用系数", "≥0.58", "行业标准"),
        (None, None, "渠系渗漏损失率", "≤12%", "历史标准"),
        ("满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    sign(t, "欧阳启", "秦慕白", "0913-4416083")
    return b


@variant("ql08-irrigation-cost-and-serial", (7, 9, 12), "one-year project on two sheets "
         "(预期目标): a unit cost × length above the money, a 计划完成日期 typed as a date "
         "serial in a text cell")  # fmt: skip
def ql08() -> Book:
    b, s = book("基本信息", (14, 18, 30, 16, 16, 12))
    project_head(
        s, year=2026, name="东沟灌区节水配套改造项目", dept="永和县水利局（220）",
        unit="永和县东沟灌区管理站", start=day(2026, 3, 1),
        end=mk("46356", "X104", "warning", note="the serial of 2026-11-30 typed as text"),
        money=one_year_money(wan(1500), wan(1500), wan(0)),
        goals=["2026年完成防渗渠道45公里，新建量测水设施30处，改善灌溉面积1.6万亩。"],
    )  # fmt: skip
    basis(s, [
        ("渠道防渗衬砌", "45公里×30万元/公里", wan(1350)),
        ("量测水设施", "30处×5万元/处", wan(150)),
    ], wan(1500))  # fmt: skip
    t = b.sheet("绩效目标", (14, 18, 30, 20))
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "防渗渠道长度", "≥45公里"),
        (None, None, "新建量测水设施", "≥30处"),
        (None, "质量指标", "渠道衬砌工程合格率", "≥98%"),
        (None, "时效指标", "工程完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "渠道衬砌单位成本",
         mk("≤38万元/公里", "B107", "warning", row=True,
            note="45公里 × 38万元 = 1710万元 above the 1500万元 (测算依据 30万元/公里)")),
        ("效益指标", "经济效益指标", "改善灌溉面积", "≥1.6万亩"),
        (None, "生态效益指标", "渠系水利用系数提高", "≥0.05"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ql09-soil-direction-columns", (7, 12), "one-year project; on the second sheet a "
         "title, a unit line and the header on the third row (指标内容, 指标性质 "
         "正向/反向, 比较符, 预期实现值, 计量单位): ≤ on 侵蚀模数 and unit cost, "
         "减少 with ≥ (correct)")  # fmt: skip
def ql09() -> Book:
    b, s = book("基本情况", (14, 18, 30, 16, 16, 12))
    project_head(
        s, year=2026, name="黄坡小流域水土保持综合治理项目", dept="临泉县水利局（145）",
        unit="临泉县水土保持站", money=one_year_money(wan(760), wan(760), wan(0)),
        goals=["2026年治理水土流失面积18.5平方公里，营造水土保持林2600亩，修建谷坊45座，"
               "治理区林草覆盖率达到45%。"],
    )  # fmt: skip
    sources(s, [("中央补助", wan(456), pct(0.6)), ("省级补助", wan(190), pct(0.25)),
                ("县级配套", wan(114), pct(0.15))], (wan(760), pct(1)))  # fmt: skip
    t = b.sheet("绩效目标", WIDE)
    t.title("2026年黄坡小流域水土保持综合治理项目绩效目标表", 7)
    t.row("单位：临泉县水土保持站", None, None, None, None, "金额单位：万元")
    indicators(t, ("一级指标", "二级指标", "指标内容", "指标性质", "比较符", "预期实现值",
                   "计量单位"), [
        ("产出指标", "数量指标", "治理水土流失面积", "正向", "≥", 18.5, "平方公里"),
        (None, None, "营造水土保持林", "正向", "≥", 2600, "亩"),
        (None, None, "修建谷坊", "正向", "≥", 45, "座"),
        (None, "质量指标", "造林成活率", "正向", "≥", 85, "%"),
        (None, "时效指标", "项目建设工期", "反向", "≤", 8, "月"),
        ("成本指标", "经济成本指标", "单位面积治理成本", "反向", "≤", 40, "万元/平方公里"),
        ("效益指标", "生态效益指标", "治理区土壤侵蚀模数", "反向", "≤", 1500, "吨/平方公里·年"),
        (None, None, "年减少土壤流失量", "正向", "≥", 3.2, "万吨"),
        (None, None, "治理区林草覆盖率", "正向", "≥", 45, "%"),
        (None, "社会效益指标", "受益群众", "正向", "≥", 6800, "人"),
        ("满意度指标", "服务对象满意度指标", "治理区群众满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    note(t, "注：指标性质填写正向或反向，预期实现值为2026年度目标。", 7)
    return b


@variant("ql10-soil-wrong-parent", (7,), "one-year project, indicators on the second sheet "
         "under 考核指标 / 目标值（年度）: 生态效益指标 under 产出指标, a 成活率 "
         "given in 株")  # fmt: skip
def ql10() -> Book:
    b, s = book("项目信息", (14, 18, 30, 16, 16, 12))
    project_head(
        s, year=2026, name="坡耕地水土流失综合治理项目", dept="石桥县水利局（402）",
        unit="石桥县水土保持监测站", money=one_year_money(wan(540), wan(500), wan(40)),
        goals=["2026年治理坡耕地4500亩，栽植经济林苗木3万株，新修田间生产道路12公里。"],
    )  # fmt: skip
    t = b.sheet("考核指标", (14, 18, 30, 20))
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "治理坡耕地面积", "≥4500亩"),
        (None, None, "栽植经济林苗木", "≥3万株"),
        (None, None, "新修田间生产道路", "≥12公里"),
        (None, "质量指标", "苗木成活率",
         mk("≥3万株", "T105", "error", note="a 成活率 needs a percentage")),
        (None, mk("生态效益指标", "F105", "error", note="an effect tier-2 under 产出指标"),
         "年减少土壤流失量", "≥0.9万吨"),
        (None, "时效指标", "工程完工时间", "2026年11月底前"),
        ("成本指标", "经济成本指标", "坡改梯单位成本", "≤1100元/亩"),
        ("效益指标", "社会效益指标", "受益农户", "≥860户"),
        (None, "可持续影响指标", "工程管护责任落实率", "100%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(t, "杜沐阳", "祁安然", "0854-7730291")
    return b


def _export_money(b: Book) -> None:
    """The 05-1 sheet of a budget-system export: header on the third row, money by source."""
    s = b.sheet("项目支出预算05-1", (22, 20, 14, 14, 14, 14, 24))
    s.title("2026年项目支出预算表", 7)
    s.row("单位名称：云溪县水利局", None, None, None, None, None, "单位：万元")
    s.row("项目名称", "支出内容", "合计", "中央补助", "省级补助", "市县配套", "备注")
    s.table([
        ("云溪河幸福河湖建设", "河岸生态缓冲带建设", 620, 372, 155, 93, None),
        (None, "河湖清淤疏浚", 380, 228, 95, 57, None),
        (None, "智慧河湖监测", ok("200(其中设备120万元)"), 120, 50, 30, "含监测设备购置"),
        (None, "合计", 1200, 720, 300, 180, None),
    ], merged=(1,))  # fmt: skip


@variant("ql15-lake-budget-export", (7, 9, 12), "budget-system export: 「项目支出预算05-1」 "
         "with money by source and a money cell with a note in brackets, 「项目支出绩效目标05-2」 "
         "with the header on the third row and the project name merged down (correct)")  # fmt: skip
def ql15() -> Book:
    b = Book()
    _export_money(b)
    t = b.sheet("项目支出绩效目标05-2", (22, 14, 18, 30, 18))
    t.title("2026年项目支出绩效目标表", 5)
    t.row("单位名称：云溪县水利局", None, None, None, "单位：万元")
    t.row("项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        ("云溪河幸福河湖建设", "产出指标", "数量指标", "生态缓冲带建设长度", "≥15.5公里"),
        (None, None, None, "河湖清淤量", "≥26万立方米"),
        (None, None, None, "新建水质水量监测站点", "≥24处"),
        (None, None, "质量指标", "工程验收合格率", "100%"),
        (None, None, "时效指标", "年度建设任务完成时间", "2026年12月20日前"),
        (None, "成本指标", "经济成本指标", "生态缓冲带单位造价", "≤40万元/公里"),
        (None, "效益指标", "生态效益指标", "河湖断面水质达标率", "≥90%"),
        (None, None, "社会效益指标", "河湖管护覆盖率", "100%"),
        (None, "满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ql16-source-pdf-artefacts", (9, 12), "one-year project converted from PDF: a "
         "测算依据 amount split by a space, a 省级 amount in 元 inside the 万元 block, "
         "indicators on the second sheet")  # fmt: skip
def ql16() -> Book:
    b, s = book("资金", (14, 18, 30, 16, 16, 12))
    project_head(
        s, year=2026, name="农村饮用水水源保护与水质提升项目", dept="乌江县水利局（126）",
        unit="乌江县农村供水总站", money=one_year_money(1600, 1600, 0),
        goals=["2026年为18处千人以上农村饮用水水源地建设隔离防护设施，配置净化消毒设备42套，"
               "农村供水水质达标率达到95%。"],
    )  # fmt: skip
    basis(s, [
        ("水源地隔离防护设施", "18处，按设计概算",
         mk("1205.337 6", "X105", "warning", alt=("X103",), note="read 1205.3376")),
        ("净化消毒设备购置", "42套，按询价", C(394.6624, "0.0000")),
    ], 1600)  # fmt: skip
    sources(s, [("中央补助", 960, pct(0.6)),
                ("省级补助", mk(4000000, "B110", "error", alt=("B101", "B102"),
                                note="400万元 typed in 元"), ok(pct(0.25), "error")),
                ("县级配套", 240, pct(0.15))], (1600, pct(1)))  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 20))
    indicators(t, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "水源地隔离防护设施建设", "≥18处"),
        (None, None, "配置净化消毒设备", "≥42套"),
        (None, "质量指标", "设备安装调试合格率", "100%"),
        (None, "时效指标", "设备投入运行时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单套净化消毒设备购置成本", "≤9.3万元/套"),
        ("效益指标", "社会效益指标", "农村供水水质达标率", "≥95%"),
        (None, None, "出厂水水质超标率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "用水群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(t, "宁致远", "包雨桐", "0851-2269740")
    return b
