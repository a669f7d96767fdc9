"""Returns hf01–hf06: scallop (扇贝) and crab (螃蟹) farming on the coast of 澄湾县."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout672.common import TWO, book, details, indicators, multi_year, one_year
from tests.variants.holdout672.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

DEPT = "澄湾县海洋与渔业局 417203"


@variant(
    "hf01-scallop-raft",
    (1, 5, 12),
    "project, NAT-2021, numbered tier labels, typed percent, detail lines (correct)",
)
def scallop_raft() -> Book:
    b, s = book()
    project_head(s, year=2026, name="礁石镇扇贝筏式养殖示范区建设", dept=DEPT,
                 unit="澄湾县水产技术推广站", money=one_year(150, 130, 20),
                 goals=["在礁石镇近海新建扇贝养殖筏架200台（其中深水区120台、近岸80台），投放扇贝"
                        "苗种1800万粒，培训养殖户120人次，2026年11月底前完成验收。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "新建扇贝养殖筏架", "≥200台"),
        (None, None, "投放扇贝苗种", "≥1800万粒"),
        (None, None, "培训养殖户", "≥120人次"),
        (None, "（二）质量指标", "扇贝苗种成活率", pct(0.85)),
        (None, None, "筏架验收合格率", "=100%"),
        (None, "（三）时效指标", "筏架建成验收时间", "2026年11月30日前"),
        ("二、成本指标", "（一）经济成本指标", "筏架建设单价", "≤0.3万元/台"),
        (None, None, "苗种采购单价", "≤300元/万粒"),
        (None, "（二）生态环境成本指标", "养殖区病害发生率", "≤5%"),
        ("三、效益指标", "（一）经济效益指标", "筏架单台年产值增长率", "≥8%"),
        (None, "（二）生态效益指标", "养殖海区水质达标率", "≥95%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [("筏架建设", 60, "200台×0.3万元"), ("苗种采购", 54, "1800万粒×300元"),
                ("技术培训", 16, "120人次"), ("水质监测", 20, "4个站位全年")], 150)  # fmt: skip
    return b


@variant(
    "hf02-crab-pond-goal",
    (5,),
    "project, OLD-NAT, goal area against the indicator, a rate under 时效, end date next year",
)
def crab_pond_goal() -> Book:
    b, s = book()
    project_head(s, year=2026, name="沙埕湾生态蟹塘改造", dept=DEPT, unit="沙埕湾渔业服务中心",
                 money=one_year(200, 180, 20),
                 end=mk(day(2027, 6, 30), "Y102", "error", alt=("Y101",),
                        note="一年期项目（2026年度），计划完成日期却在2027年"),
                 goals=["改造生态蟹塘800亩，配套建设尾水净化池12座，推广稻蟹共作技术，带动养殖户90户"
                        "增收。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "改造生态蟹塘面积",
         mk("≥600亩", "D104", "warning", row=True, note="年度目标写改造800亩")),
        (None, None, "建设尾水净化池", "≥12座"),
        (None, None, "带动养殖户", "≥90户"),
        (None, "质量指标", "改造工程验收合格率", "≥95%"),
        (None, "时效指标", mk("成蟹规格达标率", "F201", "warning", row=True,
                              note="规格达标率是质量指标，填在时效指标下"), "≥80%"),
        (None, None, "改造完工时间", "2026年10月底前"),
        (None, "成本指标", "每亩改造成本", "≤0.2万元/亩"),
        ("效益指标", "经济效益指标", "亩均增收", "≥1500元"),
        (None, "生态效益指标", "尾水达标排放率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hf03-scallop-multiyear", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period area against the goal, "
         "annual count above the period, a cumulative count copied")  # fmt: skip
def scallop_multiyear() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="东礁海域扇贝底播增殖",
        dept=DEPT,
        unit="澄湾县水产技术推广站",
        money=multi_year((540, 480, 60), (180, 160, 20)),
        goals=[
            "三年累计底播扇贝苗种6000万粒，建设底播增殖区1500亩，培训渔民600人次。",
            "2026年底播扇贝苗种2000万粒，建设增殖区500亩，培训渔民200人次。",
        ],
    )
    indicators(s, [
        ("产出指标", "数量指标", "底播扇贝苗种", "≥6000万粒", "≥2000万粒"),
        (None, None, "底播增殖区面积",
         mk("≥1200亩", "D104", "warning", row=True, note="中期目标写1500亩"), "≥500亩"),
        (None, None, "培训渔民", "≥600人次",
         mk("≥800人次", "D201", "error", alt=("D104",), note="年度800人次超过三年合计600人次")),
        (None, None, "增殖区巡护", "≥36次",
         mk("≥36次", "D202", "warning", note="三年累计的巡护次数照抄到年度")),
        (None, "质量指标", "底播苗种成活率", pct(0.6), pct(0.6)),
        (None, "时效指标", "年度底播完成时间", "每年10月底前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "苗种采购单价", "≤300元/万粒", "≤300元/万粒"),
        ("效益指标", "社会效益指标", "带动渔民增收户数", "≥300户", "≥100户"),
        (None, "生态效益指标", "增殖区底栖生物量增长率", "≥10%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "≥90%"),
    ], header=TWO)  # fmt: skip
    return b


def _crab_project(s: Sheet, title: str | None, name: str, funds: tuple[int, int, int],
                  goal: str, rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
    project_head(s, year=2026, name=name, dept=DEPT, unit="澄湾县蟹类养殖技术站",
                 money=one_year(*funds), goals=[goal], title=title)  # fmt: skip
    indicators(s, rows)


@variant("hf04-crab-stacked", (2, 11),
         "two projects stacked, OLD-NAT, the same satisfaction name twice, ≤ on 反向 rates, 0起 "
         "(correct)")  # fmt: skip
def crab_stacked() -> Book:
    b, s = book("项目绩效目标")
    _crab_project(s, None, "中华绒螯蟹苗种繁育", (80, 70, 10),
                  "繁育扣蟹苗种300万只，供应本县养殖户150户。", [
        ("产出指标", "数量指标", "繁育扣蟹苗种", "≥300万只"),
        (None, "质量指标", "苗种检疫合格率", "=100%"),
        (None, "时效指标", "苗种供应完成时间", "2026年5月31日前"),
        (None, "成本指标", "苗种繁育单价", "≤0.25元/只"),
        ("效益指标", "经济效益指标", "供苗养殖户", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    _crab_project(s, "", "蟹塘尾水治理", (120, 100, 20),
                  "治理蟹塘尾水排口40个，尾水排放超标率控制在3%以内，全年不发生尾水污染事件。", [
        ("产出指标", "数量指标", "治理尾水排口", "≥40个"),
        (None, "质量指标", "尾水排放超标率", "≤3%"),
        (None, "时效指标", "治理完成时间", "2026年9月30日前"),
        (None, "成本指标", "单个排口治理成本", "≤3万元/个"),
        ("效益指标", "生态效益指标", "尾水污染事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("hf05-scallop-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percents, weights add to 100 (correct)")  # fmt: skip
def scallop_flat() -> Book:
    b, s = book()
    department_head(
        s,
        year=2026,
        dept="澄湾县水产技术推广站",
        budget=[(300, 260, 40, 180, 120)],
        tasks=[
            ("扇贝良种推广", "推广扇贝良种并开展养殖技术指导", 70, "推广良种1200亩"),
            ("蟹类病害监测", "布设监测点，定期测报病害", 50, "监测点20个"),
            ("金额合计", None, 120, None),
        ],
        goal="推广扇贝良种1200亩，布设蟹类病害监测点20个，病害测报准确率不低于90%。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [("扇贝良种推广面积", 20, "亩", "≥", 1200),
                 ("病害监测点", 15, "个", "≥", 20),
                 ("病害测报准确率", 15, "%", "≥", pct(0.9)),
                 ("技术指导养殖户", 10, "户", "≥", 300),
                 ("测报信息发布及时率", 10, "%", "≥", pct(0.95)),
                 ("良种推广单位成本", 10, "元/亩", "≤", 500),
                 ("养殖病害损失率", 10, "%", "≤", pct(0.08)),
                 ("养殖户满意度", 10, "%", "≥", pct(0.9))]:  # fmt: skip
        s.row(*line)
    s.row("合计", 100)
    return b


@variant("hf06-crab-money", (12,),
         "project, NAT-2021, detail lines: unit cost × count above its line, lines not adding up, "
         "a near-duplicate count")  # fmt: skip
def crab_money() -> Book:
    b, s = book()
    project_head(s, year=2026, name="浅滩青蟹笼养推广", dept=DEPT, unit="澄湾县蟹类养殖技术站",
                 money=one_year(100, 85, 15),
                 goals=["推广青蟹笼养3000个，投放青蟹苗种20万只，亩均增收2000元。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "推广青蟹养殖笼", "≥3000个"),
        (None, None, "青蟹苗种投放数量", "≥20万只"),
        (None, None, "投放青蟹苗种数量",
         mk("≥18万只", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标，数值却不同")),
        (None, "质量指标", "苗种检疫合格率", "=100%"),
        (None, "时效指标", "蟹笼投放完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "蟹笼采购单价",
         mk("≤150元/个", "B107", "warning", row=True,
            note="150元×3000个=45万元，超过明细中蟹笼采购40万元")),
        ("效益指标", "经济效益指标", "亩均增收", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    details(
        s,
        [
            ("蟹笼采购", 40, "3000个"),
            ("蟹苗采购", 30, "20万只×1.5元"),
            ("技术指导", 15, "8个村"),
            ("水质监测", 10, "全年"),
        ],
        mk(money(100, WAN), "B102", "error", alt=("B101",), note="明细合计95万元，不是100万元"),
    )
    return b
