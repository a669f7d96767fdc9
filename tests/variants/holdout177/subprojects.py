"""Exported project tables with a second table for a sub-project on the same sheet, below a
blank row (oe13–oe18)."""

from __future__ import annotations

from dataclasses import replace

from tests.variants.holdout177.common import (
    Layout,
    footer,
    indicators,
    project,
    sheet,
    sub_project,
    tx,
)
from tests.variants.holdout177.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

P, B, M, C = "产出指标", "效益指标", "满意度指标", "成本指标"
SAT = "服务对象满意度指标"


def three(
    total: tuple[float, float, float], annual: tuple[float, float, float], cell=tx
) -> list[tuple]:
    """中期 and 年度 money rows: (总额, 财政拨款, 其他资金)."""
    return [
        ("中期资金总额", cell(total[0]), "年度资金总额", cell(annual[0])),
        ("其中：财政拨款", cell(total[1]), "其中：财政拨款", cell(annual[1])),
        ("其他资金", cell(total[2]), "其他资金", cell(annual[2])),
    ]


def wan(v: float) -> object:
    return money(v, WAN)


@variant(
    "oe13-public-health-sub-project",
    (2, 9),
    "one-year project, NAT-2021, one value "
    "column, spacers, amounts as text; a 家庭医生 sub-project table below a blank row with "
    "an indicator name also used in the main table",
)
def oe13() -> Book:
    book = Book()
    lay = Layout(values=("指标值",))
    s = sheet(book, "项目绩效目标", lay)
    project(
        s,
        lay.visible,
        year=2026,
        unit="鹤汀市卫生健康委员会",
        dept="鹤汀市卫生健康委员会（229）",
        name="基本公共卫生服务项目",
        money=[
            ("资金总额", tx(1460), "其中：财政拨款", tx(1300)),
            ("其他资金", tx(160), None, None),
        ],
        goals=("为城乡居民免费提供基本公共卫生服务，做实家庭医生签约服务，提高居民健康水平。",),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "常住居民电子健康档案建档人数", "≥14万人"),
            (P, "数量指标", "老年人健康管理人数", "≥2.1万人"),
            (P, "质量指标", "电子健康档案规范化建档率", "≥90%"),
            (P, "时效指标", "季度考核完成及时率", "≥95%"),
            (C, "经济成本指标", "人均基本公共卫生服务补助标准", "≤89元/人", "按服务人口"),
            (B, "社会效益指标", "居民健康素养水平提高", "≥2百分点"),
            (B, "可持续影响指标", "基层医疗机构服务能力", "不断提升"),
            (M, SAT, "居民满意度", "≥85%"),
        ],
        code="GW",
    )
    sub_project(s, "家庭医生签约服务", ("子项目资金（万元）", tx(380)))
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "重点人群签约人数", "≥3.6万人"),
            (P, "质量指标", "签约居民履约率", "≥85%"),
            (P, "时效指标", "签约服务年度评估完成时间", "2026年12月20日前"),
            (C, "经济成本指标", "签约服务费补助标准", "≤100元/人"),
            (B, "社会效益指标", "重点人群签约覆盖率", "≥75%"),
            (M, SAT, "居民满意度", "≥85%", "与主表同名，分表考核"),
        ],
        code="QY",
    )
    footer(
        s,
        ["注：子项目资金包含在项目资金总额内。"],
        filler="祁安然",
        phone="0571-86127740",
        checker="房启东",
    )
    return book


@variant(
    "oe14-village-environment-sub-project",
    (2, 8),
    "two-year project, OLD-NAT, 年度 │ 中期 "
    "under 指标值, spacers, hidden helper, amounts as text; a 污水治理 sub-project table",
)
def oe14() -> Book:
    book = Book()
    lay = Layout()
    s = sheet(book, "项目绩效目标", lay)
    project(
        s,
        lay.visible,
        year=2026,
        years=2,
        unit="枫亭县农业农村局",
        dept="枫亭县农业农村局（311）",
        name="农村人居环境整治提升项目",
        money=three((2600, 2200, 400), (1400, 1200, 200)),
        goals=(
            "两年完成农村户厕改造和村级污水处理设施建设，建立长效管护机制。",
            "当年完成首批户厕改造和污水处理设施建设，村庄清洁行动全面开展。",
        ),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "农村户厕改造户数", "≥3200户", "≥6000户"),
            (P, "数量指标", "村庄清洁行动覆盖行政村", "≥60个", "≥86个"),
            (P, "质量指标", "改厕质量验收合格率", "≥95%", "≥95%"),
            (P, "时效指标", "年度任务完成时间", "2026年11月30日前", "2027年11月30日前"),
            (P, "成本指标", "户厕改造补助标准", "≤1500元/户", "≤1500元/户"),
            (B, "社会效益指标", "农村卫生厕所普及率", "≥92%", "≥95%"),
            (B, "生态效益指标", "农村生活垃圾无害化处理率", "≥90%", "≥95%"),
            (B, "可持续影响指标", "长效管护机制", "建立并执行", "建立并执行"),
            (M, SAT, "农户满意度", "≥90%", "≥90%"),
        ],
        code="RJ",
    )
    sub_project(s, "农村生活污水治理", ("中期资金（万元）", tx(900), "年度资金（万元）", tx(500)))
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "新建村级污水处理设施", "≥12座", "≥20座"),
            (P, "质量指标", "出水水质达标率", "≥90%", "≥95%"),
            (P, "时效指标", "设施建成投运时间", "2026年10月31日前", "2027年10月31日前"),
            (P, "成本指标", "单座设施建设成本", "≤38万元/座", "≤40万元/座", "含管网"),
            (B, "生态效益指标", "农村生活污水治理率", "≥45%", "≥55%"),
            (M, SAT, "受益群众满意度", "≥90%", "≥90%"),
        ],
        code="WS",
    )
    footer(
        s,
        ["注：子项目资金包含在项目资金内；本表由系统导出。"],
        filler="沈可",
        phone="0578-62290315",
        checker="施泽宇",
    )
    return book


@variant(
    "oe15-old-estates-wrong",
    (1, 2),
    "one-year project, NAT-2021, one value column, "
    "spacers; in the 加装电梯 sub-project table a 合格率 without % and a deadline as 100 %",
)
def oe15() -> Book:
    book = Book()
    lay = Layout(values=("指标值",))
    s = sheet(book, "项目绩效目标", lay)
    project(
        s,
        lay.visible,
        year=2026,
        unit="南屏区住房和城乡建设局",
        dept="南屏区住房和城乡建设局（447）",
        name="城镇老旧小区改造项目",
        money=[
            ("资金总额", tx(3150), "其中：财政拨款", tx(2800)),
            ("其他资金", tx(350), None, None),
        ],
        goals=("完成老旧小区基础设施和公共服务设施改造，为具备条件的楼栋加装电梯。",),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "改造老旧小区个数", "≥18个"),
            (P, "数量指标", "惠及居民户数", "≥4600户"),
            (P, "质量指标", "改造工程竣工验收合格率", pct(1)),
            (P, "时效指标", "改造工程完工时间", "2026年11月30日前"),
            (C, "经济成本指标", "单个小区平均改造成本", "≤160万元/个"),
            (B, "社会效益指标", "小区居住环境", "明显改善"),
            (B, "可持续影响指标", "小区长效管理机制建立率", "≥90%"),
            (M, SAT, "居民满意度", "≥90%"),
        ],
        code="LX",
    )
    sub_project(s, "既有住宅加装电梯", ("子项目资金（万元）", tx(720)))
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "加装电梯台数", "≥24台"),
            (
                P,
                "质量指标",
                "电梯安装验收合格率",
                mk("≥95", "T105", "error", alt=("T104",), note="a 合格率 without %: 95 what?"),
            ),
            (
                P,
                "时效指标",
                "加装电梯完工时间",
                mk(pct(1), "T113", "warning", note="a deadline given as 100 %"),
            ),
            (C, "经济成本指标", "单台电梯补助标准", "≤28万元/台"),
            (B, "社会效益指标", "受益老年居民人数", "≥600人"),
            (M, SAT, "加装电梯住户满意度", "≥90%"),
        ],
        code="DT",
    )
    footer(
        s,
        ["注：子项目资金包含在项目资金总额内。"],
        filler="简佳",
        phone="0757-86231570",
        checker="岳明远",
    )
    return book


@variant(
    "oe16-fitness-sub-project",
    (1, 2, 8),
    "three-year project, NAT-2021, 比较符 and 计量"
    "单位 columns, 年度 │ 中期 percent cells, spacers, 万元 in the number format; a 运动场 "
    "sub-project table with a daily average equal in both columns",
)
def oe16() -> Book:
    book = Book()
    lay = Layout(op="比较符", unit="计量单位")
    s = sheet(book, "项目绩效目标", lay)
    project(
        s,
        lay.visible,
        year=2026,
        years=3,
        unit="鹤汀市体育局",
        dept="鹤汀市体育局（237）",
        name="全民健身设施补短板工程",
        attr="新增项目",
        money=three((3000, 2700, 300), (1000, 900, 100), cell=wan),
        goals=(
            "三年新建健身步道和社区多功能运动场，构建城市社区十五分钟健身圈。",
            "当年完成首批健身步道、健身路径和社区多功能运动场建设。",
        ),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "新建健身步道长度", "≥", 15, 45, "公里"),
            (P, "数量指标", "更新全民健身路径", "≥", 60, 180, "套"),
            (P, "质量指标", "设施验收合格率", "=", pct(1), pct(1), "%"),
            (P, "时效指标", "年度建设任务完成率", "≥", pct(0.95), pct(0.95), "%"),
            (C, "经济成本指标", "健身步道每公里建设成本", "≤", 35, 35, "万元/公里"),
            (B, "社会效益指标", "经常参加体育锻炼人数比例", "≥", pct(0.42), pct(0.45), "%"),
            (B, "可持续影响指标", "设施管护制度落实率", "=", pct(1), pct(1), "%"),
            (M, SAT, "健身群众满意度", "≥", pct(0.9), pct(0.9), "%"),
        ],
        code="TY",
    )
    sub_project(
        s, "社区多功能运动场", ("中期资金（万元）", wan(1200), "年度资金（万元）", wan(400))
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "新建社区多功能运动场", "≥", 8, 24, "个"),
            (P, "质量指标", "场地施工质量达标率", "≥", pct(0.98), pct(0.98), "%"),
            (P, "时效指标", "当年开工项目完工率", "≥", pct(0.9), pct(0.9), "%"),
            (C, "经济成本指标", "单个运动场建设成本", "≤", 48, 48, "万元/个"),
            (B, "社会效益指标", "单个运动场日均使用人次", "≥", 120, 120, "人次", "日均值，不累计"),
            (M, SAT, "周边居民满意度", "≥", pct(0.9), pct(0.9), "%"),
        ],
        code="YD",
    )
    footer(
        s,
        ["注：比较符、计量单位按系统下拉选项填写；子项目资金包含在项目资金内。"],
        filler="左岚",
        phone="0595-22638014",
        checker="童嘉言",
    )
    return book


@variant(
    "oe17-county-commerce-wrong",
    (2, 5, 8),
    "two-year project, NAT-2021, 年度 │ 中期 under "
    "指标值, spacers, tier cells repeated, amounts as text: a tier-2 under the wrong tier-1; "
    "in the 物流网点 sub-project an annual count above its 中期 count",
)
def oe17() -> Book:
    book = Book()
    lay = Layout()
    s = sheet(book, "项目绩效目标", lay)
    project(
        s,
        lay.visible,
        year=2026,
        years=2,
        unit="枫亭县商务局",
        dept="枫亭县商务局（318）",
        name="县域商业体系建设项目",
        money=three((1600, 1400, 200), (900, 800, 100)),
        goals=(
            "两年改造提升乡镇商贸中心，培育农村电商主体，完善县乡村三级物流配送体系。",
            "当年完成首批乡镇商贸中心改造和村级物流配送网点建设。",
        ),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "改造提升乡镇商贸中心", "≥6个", "≥10个"),
            (P, "数量指标", "培育农村电商主体", "≥40家", "≥80家"),
            (P, "质量指标", "改造项目验收合格率", pct(1), pct(1)),
            (P, "时效指标", "年度改造任务完成时间", "2026年12月31日前", "2027年12月31日前"),
            (
                P,
                mk(
                    "经济效益指标",
                    "F105",
                    "error",
                    row=True,
                    note="经济效益指标 belongs under 效益指标, not 产出指标",
                ),
                "农村网络零售额增长率",
                "≥12%",
                "≥25%",
            ),
            (C, "经济成本指标", "单个商贸中心改造补助", "≤60万元/个", "≤60万元/个"),
            (B, "社会效益指标", "带动农村就业人数", "≥300人", "≥650人"),
            (B, "可持续影响指标", "县域商业网点运营机制", "健全", "健全"),
            (M, SAT, "农村消费者满意度", "≥88%", "≥90%"),
        ],
        code="SW",
    )
    sub_project(
        s, "村级物流配送网点建设", ("中期资金（万元）", tx(500), "年度资金（万元）", tx(260))
    )
    indicators(
        s,
        lay,
        [
            (
                P,
                "数量指标",
                "新建村级物流配送网点",
                mk("≥150个", "D201", "error", row=True, note="150 in the first year, 120 in both"),
                "≥120个",
            ),
            (P, "质量指标", "快递包裹配送准确率", "≥98%", "≥98%"),
            (P, "时效指标", "包裹乡镇到村配送时限", "≤48小时", "≤48小时"),
            (C, "经济成本指标", "单个网点建设补助", "≤1.5万元/个", "≤1.5万元/个"),
            (B, "经济效益指标", "农产品上行交易额增长率", "≥10%", "≥20%"),
            (M, SAT, "网点服务村民满意度", "≥90%", "≥90%"),
        ],
        code="WL",
    )
    footer(
        s,
        ["注：子项目资金包含在项目资金内。"],
        filler="梅若晴",
        phone="0578-62401987",
        checker="项东来",
    )
    return book


@variant(
    "oe18-forest-fire-sub-project",
    (2, 5),
    "one-year project, OLD-NAT, budget year 2027, "
    "one value column with a 计量单位 column (bare numbers), no spacers; main table merged, "
    "sub-project table repeated; ‰ rate, =0起, 百分点",
)
def oe18() -> Book:
    book = Book()
    lay = Layout(values=("指标值",), spacers=False, unit="计量单位", merged=True)
    s = sheet(book, "绩效目标表", lay)
    project(
        s,
        lay.visible,
        year=2027,
        unit="鹤汀市林业局",
        dept="鹤汀市林业局（241）",
        name="森林防火能力提升项目",
        money=[
            ("资金总额", wan(760), "其中：财政拨款", wan(700)),
            ("其他资金", wan(60), None, None),
        ],
        goals=("建设生物防火林带和防火视频监控系统，提升森林火情早期发现和处置能力。",),
    )
    indicators(
        s,
        lay,
        [
            (P, "数量指标", "建设生物防火林带", "≥32", "公里"),
            (P, "数量指标", "开展森林防火宣传活动", "≥40", "场"),
            (P, "质量指标", "防火林带造林成活率", "≥85", "%"),
            (P, "时效指标", "防火期巡护到岗率", "100", "%"),
            (P, "成本指标", "每公里林带建设成本", "≤12", "万元/公里"),
            (B, "生态效益指标", "森林火灾受害率", "≤0.9", "‰"),
            (B, "社会效益指标", "重特大森林火灾发生起数", "=0", "起"),
            (B, "可持续影响指标", "群防群治机制", "健全", None, "定性"),
            (M, SAT, "林区群众满意度", "≥90", "%"),
        ],
        code="LY",
    )
    sub_project(s, "防火视频监控系统", ("子项目资金（万元）", wan(260)))
    indicators(
        s,
        replace(lay, merged=False),
        [
            (P, "数量指标", "新建视频监控点位", "≥26", "个"),
            (P, "质量指标", "火情识别准确率", "≥90", "%"),
            (P, "时效指标", "火情信息推送时限", "≤10", "分钟"),
            (P, "成本指标", "单个监控点位建设成本", "≤9.5", "万元/个"),
            (B, "生态效益指标", "火情早期发现率提高", "≥5", "百分点"),
            (M, SAT, "护林员使用满意度", "≥90", "%"),
        ],
        code="JK",
    )
    footer(
        s,
        ["注：指标值为数值，计量单位见计量单位栏。"],
        filler="骆青禾",
        phone="0595-22760431",
        checker="游川",
    )
    return book
