"""Multi-year project tables with 中期 and 年度 money and value columns: per-处, per-村 and
per-座 standards, cumulative counts smaller in the year than over the period."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout185.common import H5, indicators, multi_year, note, signature
from tests.variants.holdout185.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money


@variant(
    "om03-rural-water-three-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 money "
    "and value columns; counts smaller in the year, rates equal; 40 处 × ≤2.5万元 within the "
    "year's 120 万元",
)
def om03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        years=3,
        name="云岭县农村饮水安全工程维修养护",
        dept="云岭县水务局（402）",
        unit="云岭县农村供水总站",
        attr="延续项目",
        money=multi_year((360, 300, 60), (120, 100, 20)),
        goals=(
            "2026—2028年累计维修养护农村集中供水工程120处，更换老旧供水管网90公里，"
            "农村自来水普及率稳定在95%以上。",
            "2026年维修养护农村集中供水工程40处，更换老旧供水管网30公里，出厂水水质"
            "检测合格率达到90%以上。",
        ),
    )
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "维修养护集中供水工程", "≥120处", "≥40处"),
            (None, None, "更换老旧供水管网", "≥90公里", "≥30公里"),
            (None, "质量指标", "出厂水水质检测合格率", "≥90%", "≥90%"),
            (None, None, "维修工程验收合格率", "≥98%", "≥98%"),
            (None, "时效指标", "故障报修响应时间", "≤24小时", "≤24小时"),
            ("成本指标", "经济成本指标", "单处工程维修养护费用", "≤2.5万元/处", "≤2.5万元/处"),
            ("效益指标", "社会效益指标", "农村自来水普及率", "≥95%", "≥95%"),
            (None, None, "受益农村人口", "≥8.6万人", "≥3.2万人"),
            (None, "可持续影响指标", "工程良性运行管护机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "吴海涛", "0872-5513062", day(2025, 11, 21))
    return b


@variant(
    "om08-rural-sewage-two-year",
    (1, 8),
    "two-year project, NAT-2021, money with 万元 in the "
    "number format, 实施期 and 年度 columns; 24 村 × ≤25万元/村 equal to the year's 600 万元",
)
def om08() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    w = lambda v: money(v, WAN)  # noqa: E731
    project_head(
        s,
        year=2026,
        years=2,
        name="丰源县农村生活污水治理（2026—2027年）",
        dept="丰源县生态环境分局",
        unit="丰源县生态环境分局",
        attr="新增项目",
        money=multi_year((w(1200), w(1000), w(200)), (w(600), w(500), w(100))),
        goals=(
            "两年完成48个行政村生活污水治理，新建污水收集管网96公里，农村生活污水治理率达到60%。",
            "2026年完成24个行政村生活污水治理，新建污水收集管网48公里，农村生活污水治理率达到45%。",
        ),
    )
    indicators(
        s,
        (*H5[:3], "实施期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "完成生活污水治理行政村", "≥48个", "≥24个"),
            (None, None, "新建污水收集管网", "≥96公里", "≥48公里"),
            (None, "质量指标", "治理设施出水水质达标率", "≥90%", "≥90%"),
            (None, None, "治理设施正常运行率", "≥90%", "≥90%"),
            (None, "时效指标", "年度治理任务完成时间", "2027年11月30日前", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "单村污水治理成本", "≤25万元/村", "≤25万元/村"),
            ("效益指标", "生态效益指标", "农村生活污水治理率", "≥60%", "≥45%"),
            (None, "社会效益指标", "受益农户", "≥9600户", "≥4800户"),
            (None, "可持续影响指标", "设施运维管护机制", "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
        ],
    )
    note(s, "注：单村治理成本按《丰源县农村生活污水治理专项规划》批复的概算标准测算。")
    signature(s, "何永清", "0830-7725416", day(2025, 11, 30), "刘晓峰")
    return b


@variant(
    "om11-reservoir-three-year-money",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: the year's total 320 is not 260 + 40; a 合格率 given as 座 in the 年度 column",
)
def om11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        years=3,
        name="远山县小型病险水库除险加固三年行动",
        dept="远山县水利局",
        unit="远山县水利工程建设中心",
        attr="新增项目",
        money=multi_year(
            (900, 780, 120), (mk(320, "B101", "error", note="260 + 40 = 300, not 320"), 260, 40)
        ),
        goals=(
            "2026—2028年完成15座小型病险水库除险加固，病险水库全部销号，恢复水库设计功能。",
            "2026年完成5座小型病险水库除险加固并通过竣工验收。",
        ),
    )
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "除险加固小型水库", "≥15座", "≥5座"),
            (
                None,
                "质量指标",
                "竣工验收合格率",
                "=100%",
                mk("5座", "T105", "error", note="a 合格率 needs a %; the period column has =100%"),
            ),
            (None, "时效指标", "年度加固任务完成时间", "2028年11月30日前", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "单座水库除险加固成本", "≤60万元/座", "≤60万元/座"),
            ("效益指标", "社会效益指标", "保护下游人口", "≥3.5万人", "≥1.1万人"),
            (None, "生态效益指标", "恢复兴利库容", "≥260万立方米", "≥90万立方米"),
            ("满意度指标", "服务对象满意度指标", "库区及下游群众满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "彭志刚", "0744-8216653", day(2025, 11, 17))
    return b


@variant(
    "om17-sewage-period-money-emission",
    (8, 11, 12),
    "two-year project, NAT-2021, 中期 and "
    "年度 columns: the 中期 total 1000 is not 800 + 150; ≥ on a 污染物排放量",
)
def om17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        years=2,
        name="梅溪镇农村生活污水处理设施提标改造",
        dept="青岚市生态环境局梅溪分局",
        unit="梅溪镇人民政府",
        attr="新增项目",
        money=multi_year(
            (mk(1000, "B101", "error", note="800 + 150 = 950, not 1000"), 800, 150), (500, 420, 80)
        ),
        goals=(
            "两年完成20个村污水处理设施提标改造，出水稳定达到一级B标准，化学需氧量"
            "年排放量控制在120吨以内。",
            "2026年完成10个村污水处理设施提标改造，化学需氧量年排放量控制在135吨以内。",
        ),
    )
    indicators(
        s,
        H5,
        [
            ("产出指标", "数量指标", "提标改造村级污水处理设施", "≥20个", "≥10个"),
            (None, "质量指标", "出水水质达标率", "≥95%", "≥95%"),
            (None, "时效指标", "改造工程完工时间", "2027年10月31日前", "2026年10月31日前"),
            ("成本指标", "经济成本指标", "单村提标改造成本", "≤47.5万元/村", "≤47.5万元/村"),
            (
                "效益指标",
                "生态效益指标",
                "化学需氧量年排放量",
                mk(
                    "≥120吨",
                    "T108",
                    "warning",
                    row=True,
                    note="排放量 is 反向; the goals say 以内, ≤ is meant",
                ),
                "≥135吨",
            ),
            (None, "社会效益指标", "受益农户", "≥4200户", "≥2100户"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "许文斌", "0731-5517704", day(2025, 12, 1))
    return b
