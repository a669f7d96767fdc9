"""谷子 growing: demonstration fields, a mechanised-sowing plan, stacked village projects
(hh01–hh06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout674.common import (
    NAT,
    OPS,
    YEAR,
    indicators,
    one_year,
    period,
    signature,
    start,
    wan,
)
from tests.variants.holdout674.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

DEPT = "坨岭县农业农村局（307001）"


@variant("hh01-millet-base-percent", (1, 11, 12),
         "project, NAT-2021, operator and unit columns, typed percents, a goal area with its "
         "core part (correct)")  # fmt: skip
def millet_base() -> Book:
    b, s = start()
    goal = ("在峁川镇、石圪台乡建设旱作谷子示范基地3000亩（其中核心区800亩），推广抗旱良种和"
            "膜侧沟播技术，带动种植户450户，示范基地谷子亩产达到300公斤以上。")  # fmt: skip
    project_head(s, year=YEAR, name="旱作谷子示范基地建设项目", dept=DEPT,
                 unit="坨岭县农业技术推广中心", money=one_year(wan(150), wan(120), wan(30)),
                 goals=[goal])  # fmt: skip
    indicators(s, OPS, [
        ("成本指标", "经济成本指标", "示范基地亩均投入", "≤", 400, "元/亩"),
        ("产出指标", "数量指标", "示范基地建设面积", "≥", 3000, "亩"),
        (None, None, "核心示范区面积", "≥", 800, "亩"),
        (None, None, "带动种植户数", "≥", 450, "户"),
        (None, "质量指标", "抗旱良种覆盖率", "≥", pct(0.95), "%"),
        (None, "时效指标", "春播按时完成率", "=", pct(1.0), "%"),
        ("效益指标", "经济效益指标", "示范基地谷子亩产", "≥", 300, "公斤"),
        (None, "生态效益指标", "化肥使用量下降率", "≥", pct(0.05), "%"),
        (None, "社会效益指标", "农机作业安全事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "贺振川", "0915-7362418", day(YEAR - 1, 11, 26, CN_DATE))
    return b


@variant("hh02-millet-plots-goal", (12,),
         "project, OLD-NAT, operators inside the values: an area below the goal's, a deadline "
         "in the next year, a subsidy standard beyond the money")  # fmt: skip
def millet_plots() -> Book:
    b, s = start()
    goal = ("2025年在砂垣乡建设谷子良种示范田2000亩，集中开展统一供种和机械精量播种，培训"
            "种植户300人次，示范田谷子亩产达到280公斤。")  # fmt: skip
    project_head(s, year=YEAR, name="谷子良种示范田建设项目", dept=DEPT,
                 unit="砂垣乡农业综合服务站", money=one_year(wan(60), wan(60)),
                 goals=[goal])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "良种示范田面积",
         mk("≥1500亩", "D104", "warning", row=True,
            note="年度目标写示范田2000亩，指标只有1500亩")),
        (None, None, "培训种植户", "≥300人次"),
        (None, "质量指标", "统一供种纯度达标率", "≥96%"),
        (None, "时效指标", "示范田播种完成时间",
         mk("2026年5月31日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2025年），播种期限却在2026年")),
        (None, "成本指标", "良种及播种补贴标准",
         mk("≤450元/亩", "B107", "warning", row=True,
            note="450元/亩×1500亩=67.5万元，已超过年度资金60万元（按2000亩为90万元）")),
        ("效益指标", "经济效益指标", "示范田谷子亩产", "≥280公斤"),
        (None, "社会效益指标", "带动周边农户改种良种", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "参训种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hh03-millet-two-year", (1, 5, 8),
         "two-year project, NAT-2021, numbered tier labels, unit column, 中期 and 年度 columns "
         "with the period's count beside a smaller year's count (correct)")  # fmt: skip
def millet_two_year() -> Book:
    b, s = start()
    goals = ["2025—2026年在墩梁镇、柳湾乡建成旱作谷子标准化种植区4000亩，推广抗旱谷子品种3个，"
             "为2027年全县推广积累种植数据。",
             "2025年建成标准化种植区2000亩，推广抗旱谷子品种2个，建成土壤墒情监测点"
             "20个。"]  # fmt: skip
    project_head(s, year=YEAR, years=2, name="旱作谷子标准化种植区建设项目", dept=DEPT,
                 unit="坨岭县农业技术推广中心", attr="新增项目",
                 money=period((wan(260), wan(140)), (wan(220), wan(120)), (wan(40), wan(20))),
                 goals=goals)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("一、成本指标", "（一）经济成本指标", "标准化种植区亩均补助", "元/亩", "≤600", "≤600"),
        ("二、产出指标", "（二）数量指标", "标准化种植区面积", "亩", "≥4000", "≥2000"),
        (None, None, "推广抗旱谷子品种", "个", "≥3", "≥2"),
        (None, None, "土壤墒情监测点", "个", "≥30", "≥20"),
        (None, "（三）质量指标", "种植区良种覆盖率", "%", pct(0.95), pct(0.95)),
        (None, "（四）时效指标", "种植任务完成时间", None, "2026年10月底前", "2025年10月底前"),
        ("三、效益指标", "（五）经济效益指标", "种植区谷子亩均增收", "元", "≥150", "≥120"),
        (None, "（六）可持续影响指标", "种植户抗旱技术掌握率", "%", pct(0.85), pct(0.8)),
        ("四、满意度指标", "（七）服务对象满意度指标", "种植户满意度", "%", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


@variant("hh04-millet-period-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: the 中期目标 copied as 年度目标, a "
         "year's area above the period's, a cumulative count copied")  # fmt: skip
def millet_period() -> Book:
    b, s = start()
    text = ("2025—2027年在红崖镇推广谷子全程机械化种植6000亩，建设谷子烘干晾晒场3处，培育"
            "谷子种植合作社10家。")  # fmt: skip
    project_head(s, year=YEAR, years=3, name="谷子全程机械化推广项目", dept=DEPT,
                 unit="红崖镇农业综合服务站",
                 money=period((wan(450), wan(150)), (wan(400), wan(130)), (wan(50), wan(20))),
                 goals=[text, mk(text, "D204", "warning",
                                 note="年度目标照抄中期目标")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "机械化种植面积", "≥6000亩",
         mk("≥6500亩", "D201", "error", note="一年的面积超过三年的实施期面积")),
        (None, None, "烘干晾晒场建设数量", "≥3处",
         mk("≥3处", "D202", "warning", note="三年期累计数照抄为年度值")),
        (None, None, "培育谷子种植合作社", "≥10家", "≥4家"),
        (None, "质量指标", "机播作业质量合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度任务完成时间", "2027年11月底前", "2025年11月底前"),
        (None, "成本指标", "机械化作业补助标准", "≤200元/亩", "≤200元/亩"),
        ("效益指标", "经济效益指标", "亩均节本增效", "≥100元/亩", "≥100元/亩"),
        (None, "可持续影响指标", "合作社机械化作业能力", "持续提升", "有所提升"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _green(year: int) -> tuple[Book, Sheet]:
    """The first of two stacked projects, shared by hh05 and hh06, correct."""
    b, s = start()
    project_head(s, year=year, name="峁川镇谷子绿色高产示范项目", dept=DEPT,
                 unit="峁川镇农业综合服务站", money=one_year(wan(80), wan(80)),
                 goals=["在峁川镇建设谷子绿色高产示范片1000亩，推广测土配方施肥，示范片谷子"
                        "亩产达到320公斤。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "绿色高产示范片面积", "≥1000亩"),
        (None, "质量指标", "测土配方施肥覆盖率", "≥90%"),
        (None, "时效指标", "示范片秋收完成时间", "10月31日前"),
        (None, "成本指标", "示范片亩均物化补助", "≤500元/亩"),
        ("效益指标", "经济效益指标", "示范片谷子亩产", "≥320公斤"),
        (None, "生态效益指标", "农药使用量下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    return b, s


@variant("hh05-millet-stacked-villages", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in the two projects (correct)")  # fmt: skip
def millet_stacked() -> Book:
    b, s = _green(YEAR)
    project_head(s, year=YEAR, name="石圪台乡谷子订单种植项目", dept=DEPT,
                 unit="石圪台乡农业综合服务站", money=one_year(wan(50), wan(40), wan(10)),
                 goals=["在石圪台乡与小米加工企业签订谷子订单种植800亩，带动种植户200户，"
                        "订单谷子收购率达到95%。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "订单种植面积", "≥800亩"),
        (None, None, "带动种植户", "≥200户"),
        (None, "质量指标", "订单谷子收购率", "≥95%"),
        (None, "时效指标", "订单签订完成时间", "4月30日前"),
        (None, "成本指标", "订单种植亩均补助", "≤400元/亩"),
        ("效益指标", "经济效益指标", "订单种植户户均增收", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("hh06-millet-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its parts and one indicator is given twice with two values")  # fmt: skip
def millet_stacked_defects() -> Book:
    b, s = _green(YEAR)
    total = mk(wan(70), "B101", "error", note="年度资金70万元≠财政拨款50万元+其他资金15万元")
    project_head(s, year=YEAR, name="谷子病虫害绿色防控项目", dept=DEPT,
                 unit="坨岭县植保植检站", money=one_year(total, wan(50), wan(15)),
                 goals=["对全县谷子主产区1200亩开展白发病、谷瘟病统防统治，病虫害损失率控制"
                        "在5%以内。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "谷子病虫害统防统治面积", "≥1200亩"),
        (None, None, "发放绿色防控药剂", "≥3吨"),
        (None, None, "谷子病虫害统防统治面积",
         mk("≥1000亩", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标在数量指标下写了两次，值不同（1200亩/1000亩）")),
        (None, "质量指标", "统防统治作业合格率", "≥95%"),
        (None, "时效指标", "统防统治完成时间", "8月31日前"),
        (None, "成本指标", "统防统治亩均补助", "≤300元/亩"),
        ("效益指标", "经济效益指标", "病虫害损失率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
