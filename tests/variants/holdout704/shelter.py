"""Animal shelter returns of the 704th held-out set (蓉川县, invented)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout704.common import (
    CITY,
    SHELTER,
    department,
    detail,
    indicators,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout704.registry import variant
from tests.variants.kit import Book, mk, ok, pct

ADOPT = ("一级指标", "二级指标", "三级指标", "预期目标")


@variant(
    "kal03-shelter-department",
    (12, 4),
    "department, NAT-2021: consistent budget and tasks, footnote on a total, signatures (correct)",
)
def kal03() -> Book:
    b, s = department(2025, SHELTER, [(360, 330, 30, 210, 150)],
        "全年收容救治流浪犬猫1000只（其中犬700只、猫300只），领养送养300只以上，"
        "10月底前完成收容场所改造。",
        [("流浪犬猫收容救治", "收容、检疫、绝育及救治", 80, "收容救治≥1000只"),
         ("领养与宣传", "领养日活动、线上领养平台", 25, "领养送养≥300只"),
         ("收容场所改造", "笼舍及消毒设施改造", 45, "10月底前完工"),
         ("金额合计", None, 150, None)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "流浪犬猫收容救治数量", "≥1000只"),
        (None, None, "绝育手术数量", "≥600只"),
        (None, "质量指标", "收容动物狂犬病免疫率", "=100%"),
        (None, "时效指标", "笼舍改造完工时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单只收容救治成本", "≤800元/只"),
        ("效益指标", "社会效益指标", "领养送养数量", "≥300只"),
        ("满意度指标", "服务对象满意度指标", "领养人满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计150万元即项目支出，基本支出210万元未列入年度主要任务。",
          "填表说明：指标值应包含比较符、数值和计量单位。")  # fmt: skip
    sign(s, "简若楠", "0871-5540218", (2024, 11, 20))
    return b


@variant(
    "kal05-shelter-stacked",
    (2,),
    "two shelter projects stacked in one sheet, OLD-NAT, one name with two values (correct)",
)
def kal05() -> Book:
    b, s = project(2025, "流浪动物收容中心运行经费", SHELTER, one_year(wan(120), wan(110), wan(10)),
                   ["保障收容中心日均在养动物250只以上，做好饲养、防疫和消毒。"],
                   dept=CITY)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "日均在养动物数量", "≥250只"),
        (None, "质量指标", "在养动物狂犬病免疫率", "=100%"),
        (None, "成本指标", "单只日均饲养成本", "≤12元/只·日"),
        ("效益指标", "社会效益指标", "收容动物疫病发生起数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="流浪犬只绝育放归试点", dept=CITY, unit=SHELTER,
                 money=one_year(wan(40), wan(36), wan(4)), title="",
                 goals=["在杉桥镇试点流浪犬只绝育放归800只，控制流浪犬只数量增长。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "绝育放归犬只数量", "≥800只"),
        (None, "质量指标", "术后存活率", "≥95%"),
        (None, "成本指标", "单只绝育手术费用", "≤350元/只"),
        ("效益指标", "社会效益指标", "试点镇流浪犬数量增长率", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "kal09-notes-inside-table",
    (6, 4),
    "project, NAT-2021, header 预期目标, a 说明 row between tiers, header repeated "
    "after a break (correct)",
)
def kal09() -> Book:
    goal = "完成收容场所日常消毒240次，犬舍污水全部无害化处理，全年不发生收容动物群体性疫情。"
    b, s = project(2025, "动物收容场所防疫消毒项目", SHELTER, one_year(wan(14), wan(14), wan(0)),
                   [goal], dept=CITY)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "收容场所日常消毒次数", "≥240次"),
        (None, "质量指标", "消毒效果抽检合格率", pct(0.95)),
        (None, "时效指标", "疫情报告时限", "≤2小时"),
    ], head=ADOPT)  # fmt: skip
    notes(s, "说明：以下成本按2025年消毒药品招标价测算。", width=4)
    s.table([("成本指标", "经济成本指标", "单次消毒药品及人工费用", "≤500元/次")], merged=(1, 2))
    s.skip()
    indicators(s, [
        ("效益指标", "生态效益指标", "犬舍污水无害化处理率", "=100%"),
        (None, "社会效益指标", "收容动物群体性疫情发生起数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ], head=ADOPT)  # fmt: skip
    sign(s, "陶一帆", "0871-5540233", (2024, 11, 22))
    return b


@variant(
    "kal15-shelter-money",
    (12, 9),
    "project, OLD-NAT: 年度资金总额 ≠ 财政拨款 + 其他资金, unit cost × count over the money",
)
def kal15() -> Book:
    total = mk(wan(95), "B101", "error", row=True, note="80 + 10 = 90 ≠ 95")
    goal = "新建犬舍60间，配套消毒及排污设施，10月底前投入使用。"
    b, s = project(2025, "流浪动物收容中心犬舍扩建项目", SHELTER, one_year(total, wan(80), wan(10)),
                   [goal], dept=CITY, attr="一次性项目")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建犬舍数量", "≥60间"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "犬舍投入使用时间", "2025年10月31日前"),
        (None, "成本指标", "犬舍单间建设成本",
         mk("≤1.8万元/间", "B107", "warning", row=True,
            note="1.8万元 × 60间 = 108万元，超过年度资金95万元")),
        ("效益指标", "社会效益指标", "收容能力提升比例", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%"),
    ])  # fmt: skip
    detail(s, [("犬舍建设", wan(55), "60间"), ("消毒及排污设施", wan(22), "按设计概算"),
               ("设备购置", ok("18万(其中笼具 12万元，监控 6万元)", note="带括注的金额"),
                "按询价")], wan(95))  # fmt: skip
    return b


@variant(
    "kal16-shelter-tasks-goal",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, the goal's count differs "
    "from the indicator",
)
def kal16() -> Book:
    b, s = department(2025, "蓉川县流浪动物救助管理站", [(300, 280, 20, 180, 120)],
        "全年收容流浪犬猫800只，领养送养200只，开展领养宣传进校园20场。",
        [("收容救助", "流浪犬猫收容、救治", 70, "收容≥800只"),
         ("领养推广", "领养日及进校园宣传", 30, "领养送养≥200只"),
         ("设施维护", "笼舍维修、消毒设备", 25, "设施完好"),
         ("金额合计", None, mk(120, "B102", "error", note="70 + 30 + 25 = 125 ≠ 120"),
          None)])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "流浪犬猫收容数量",
         mk("≥600只", "D104", "warning", row=True, note="年度总体目标写收容800只")),
        (None, None, "领养宣传进校园场次", "≥20场"),
        (None, "质量指标", "收容动物免疫率", "=100%"),
        ("成本指标", "经济成本指标", "单只收容救助成本", "≤800元/只"),
        ("效益指标", "社会效益指标", "领养送养数量", "≥200只"),
        ("满意度指标", "服务对象满意度指标", "领养人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kal17-template-left-over",
    (6, 13),
    "project, NAT-2021, header 预期目标: an empty tier-2, a value without a name, an example row",
)
def kal17() -> Book:
    goal = "举办流浪动物领养日活动12场，促成领养150只，建立领养回访制度。"
    b, s = project(2025, "收容动物领养推广活动", SHELTER, one_year(wan(8), wan(8), wan(0)),
                   [goal], dept=CITY)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "领养日活动场次", "≥12场"),
        (None, None, "促成领养数量", "≥150只"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值却没有指标名称"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "单场领养日活动费用", "≤5000元/场"),
        ("效益指标", "社会效益指标", "领养回访完成率", "≥90%"),
        (None, "生态效益指标", "示例：XX指标",
         mk("≥XX%", "X101", "error", note="模板示例行未删除")),
        ("满意度指标", "服务对象满意度指标", "领养人满意度", "≥90%"),
    ], head=ADOPT)  # fmt: skip
    notes(s, "注：本表由蓉川县流浪动物收容救助中心填报。")
    return b
