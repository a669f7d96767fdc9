"""肉鸭 and 番鸭 farms: standardisation, 番鸭 sheds, a breeding base, stacked disease-control
projects (hm01–hm06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout679.common import DEPT, HEAD4, YEAR, book, grid, multi_year, one_year
from tests.variants.holdout679.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")


@variant("hm01-broiler-percent-cells", (1, 7),
         "project, OLD-NAT, header 绩效指标值 with operator and unit columns, percent cells "
         "typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def broiler_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄岗县肉鸭标准化养殖提升项目", dept=DEPT,
                 unit="澄岗县畜牧兽医服务中心", money=one_year(80, 64, 16),
                 goals=["扶持12户肉鸭养殖场（其中番鸭场3户）完成标准化改造，全年出栏肉鸭60万羽"
                        "以上，饲养期病死率控制在4%以内。"])  # fmt: skip
    grid(s, OPS, [
        ("产出指标", "数量指标", "完成标准化改造养殖场", "≥", 12, "户"),
        (None, None, "其中改造番鸭养殖场", "≥", 3, "户"),
        (None, None, "肉鸭出栏量", "≥", 60, "万羽"),
        (None, "质量指标", "改造场验收合格率", "≥", pct(0.95), "%"),
        (None, None, "肉鸭饲养期病死率", "≤", pct(0.04), "%"),
        (None, "时效指标", "改造验收完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "标准化改造补助标准", "≤", 5, "万元/户"),
        ("效益指标", "经济效益指标", "参与养殖户户均增收", "≥", 3, "万元"),
        (None, "生态效益指标", "改造场粪污综合利用率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("hm02-muscovy-sheds-goal-clash", (5, 11),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量, 满意度), one value column: shed "
         "count against the goal, a deadline in the next year, a survival rate "
         "under 时效")  # fmt: skip
def muscovy_sheds() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="芦湾镇番鸭生态养殖棚舍建设项目", dept=DEPT,
                 unit="芦湾镇农业综合服务站", money=one_year(120, 100, 20),
                 goals=["新建标准化番鸭棚舍8栋，配套发酵床4800平方米，2026年11月底前完工投用，"
                        "番鸭存栏达到3万羽。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出", "数量", "新建番鸭棚舍", mk("≥6栋", "D104", "warning", row=True,
                                           note="年度目标写新建棚舍8栋，指标只有6栋")),
        (None, None, "配套发酵床面积", "≥4800平方米"),
        (None, None, "番鸭存栏量", "≥3万羽"),
        (None, "质量", "棚舍工程验收合格率", "=100%"),
        (None, "时效", "棚舍完工投用时间", mk(
            "2027年3月31日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="一年期项目（2026年），年度目标写2026年11月底前完工")),
        (None, None, "番鸭育雏成活率", mk("≥92%", "F201", "warning", row=True,
                                         note="成活率是质量指标，却填在时效下")),
        (None, "成本", "棚舍建设单价", "≤12万元/栋"),
        ("效益", "经济效益", "参与养殖户户均增收", "≥2万元"),
        (None, "社会效益", "带动农户发展番鸭养殖", "≥20户"),
        ("满意度", "服务对象满意度", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hm03-muscovy-breeding-three-years", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 value columns: the period's "
         "counts beside smaller annual counts, rates equal, a later year the work prepares for "
         "(correct)")  # fmt: skip
def muscovy_breeding() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, attr="新增项目", name="澄岗县番鸭良种繁育基地建设项目",
                 dept=DEPT, unit="澄岗县畜牧兽医服务中心",
                 money=multi_year((360, 300, 60), (120, 100, 20)),
                 goals=["2026—2028年累计改扩建番鸭种鸭场3个，推广番鸭良种苗90万羽，建成区域性"
                        "番鸭良种繁育基地，为2029年全县番鸭良种全覆盖积累经验。",
                        "2026年改扩建种鸭场1个，推广番鸭良种苗30万羽，"
                        "种蛋受精率达到90%以上。"])  # fmt: skip
    grid(s, TWO, [
        ("产出指标", "数量指标", "改扩建番鸭种鸭场", "≥3个", "≥1个"),
        (None, None, "推广番鸭良种苗", "≥90万羽", "≥30万羽"),
        (None, "质量指标", "种蛋受精率", "≥90%", "≥90%"),
        (None, None, "种鸭场改扩建验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "种鸭场改扩建补助标准", "≤80万元/个", "≤80万元/个"),
        ("效益指标", "经济效益指标", "良种苗推广带动养殖增收", "≥900万元", "≥300万元"),
        (None, "可持续影响指标", "良种繁育基地运行年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "种苗用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hm04-broiler-cluster-period-copy", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, a cumulative count copied, an annual count above the period's")  # fmt: skip
def broiler_cluster() -> Book:
    b, s = book()
    goal = ("2026—2028年新建肉鸭标准化养殖小区4个，培训养殖技术人员600人次，累计出栏肉鸭300万羽，"
            "带动养殖户增收。")  # fmt: skip
    project_head(s, year=YEAR, years=3, attr="新增项目", name="澄岗县肉鸭产业集群发展项目",
                 dept=DEPT, unit="澄岗县畜牧兽医服务中心",
                 money=multi_year((600, 480, 120), (200, 160, 40)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    grid(s, TWO, [
        ("产出指标", "数量指标", "新建肉鸭标准化养殖小区", "≥4个", mk(
            "≥4个", "D202", "warning", note="累计建设数的年度值照抄中期值")),
        (None, None, "培训养殖技术人员", "≥600人次", mk(
            "≥800人次", "D201", "error", note="年度培训人次大于三年合计")),
        (None, None, "肉鸭出栏量", "≥300万羽", "≥100万羽"),
        (None, "质量指标", "养殖小区验收合格率", "=100%", "=100%"),
        (None, "时效指标", "养殖小区建成时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "养殖小区建设补助标准", "≤45万元/个", "≤45万元/个"),
        ("效益指标", "经济效益指标", "养殖户户均增收", "≥2.5万元", "≥2万元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _disease(town: str, farms: int, kind: str) -> tuple[str, list[tuple[object, ...]]]:
    """One disease-control project's goal and indicator rows (stacked in hm05 and hm06)."""
    goal = (f"为{town}{farms}个{kind}养殖场配置消毒通道和病死鸭无害化暂存设备，"
            "全年不发生区域性重大动物疫情。")  # fmt: skip
    rows: list[tuple[object, ...]] = [
        ("产出指标", "数量指标", "配置防疫设施养殖场", f"≥{farms}个"),
        (None, "质量指标", "防疫设备验收合格率", "≥95%"),
        (None, "时效指标", "设备配置完成时间", "2026年9月30日前"),
        (None, "成本指标", "单场防疫设施补助标准", "≤2万元/个"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生", "0起"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ]  # fmt: skip
    return goal, rows


@variant("hm05-stacked-disease-control", (2,),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in each, 0起 on an incident count "
         "(correct)")  # fmt: skip
def stacked_disease() -> Book:
    b, s = book("防疫设施补助")
    for i, (town, n, kind, m) in enumerate((("芦湾镇", 15, "番鸭", (40, 32, 8)),
                                            ("汊湖乡", 9, "肉鸭", (25, 20, 5)))):  # fmt: skip
        money = one_year(*m)
        goal, rows = _disease(town, n, kind)
        if i:
            s.skip()
        project_head(s, year=YEAR, name=f"{town}{kind}养殖场防疫设施补助项目", dept=DEPT,
                     unit=f"{town}农业综合服务站", money=money, goals=[goal],
                     title=None if i == 0 else "")  # fmt: skip
        grid(s, HEAD4, rows)
    return b


@variant("hm06-stacked-leftover-year", (2, 12),
         "two one-year projects stacked, OLD-NAT, one value column: the second project's "
         "资金总额 is not 财政拨款 + 其他资金 and one indicator keeps last "
         "year's year")  # fmt: skip
def stacked_leftover() -> Book:
    b, s = book("防疫设施补助")
    goal, rows = _disease("蒲溪乡", 12, "番鸭")
    project_head(
        s,
        year=YEAR,
        name="蒲溪乡番鸭养殖场防疫设施补助项目",
        dept=DEPT,
        unit="蒲溪乡农业综合服务站",
        money=one_year(30, 24, 6),
        goals=[goal],
    )
    grid(s, HEAD4, rows)
    s.skip()
    total = mk(50, "B101", "error", note="资金总额50万元 ≠ 财政拨款35 + 其他资金10")
    goal, rows = _disease("菱塘镇", 20, "肉鸭")
    rows.insert(
        1,
        (
            None,
            None,
            mk(
                "2025年肉鸭出栏量",
                "Y103",
                "warning",
                row=True,
                note="2026年度的表里留着上年（2025年）的指标名",
            ),
            "≥40万羽",
        ),
    )
    project_head(s, year=YEAR, name="菱塘镇肉鸭养殖场防疫设施补助项目", dept=DEPT,
                 unit="菱塘镇农业综合服务站", money=one_year(total, 35, 10), goals=[goal],
                 title="")  # fmt: skip
    grid(s, HEAD4, rows)
    return b
