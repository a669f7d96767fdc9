"""水蛭与蜈蚣中药材养殖: six project returns (fz01–fz06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout640.common import (
    COUNTY,
    HEAD4,
    HEAD_PERIOD,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
)
from tests.variants.holdout640.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant("fz01-leech-pond-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal area with its part in brackets (correct)")  # fmt: skip
def fz01() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="芹塘镇宽体金线蛭生态养殖示范项目", dept=COUNTY,
        unit="蓼湾县芹塘镇农业综合服务中心", money=one_year(86, 80, 6),
        goals=["新建标准化水蛭养殖池60亩（其中育苗池12亩、成蛭池48亩），投放种蛭300公斤，"
               "带动养殖户25户，年产干品水蛭3吨以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建标准化养殖池面积", "≥", 60, "亩"),
        (None, None, "其中：育苗池面积", "≥", 12, "亩"),
        (None, None, "种蛭投放量", "≥", 300, "公斤"),
        (None, None, "带动养殖户数", "≥", 25, "户"),
        (None, "质量指标", "幼蛭投放成活率", "≥", pct(0.85), "%"),
        (None, None, "养殖池验收合格率", "=", pct(1), "%"),
        (None, None, "商品蛭病害死亡率", "≤", pct(0.08), "%"),
        (None, "时效指标", "养殖池建设完成时间", "≤", day(2026, 6, 30, CN_DATE), None),
        (None, "成本指标", "养殖池建设补助标准", "≤", 1.2, "万元/亩"),
        (None, None, "种蛭采购单价", "≤", 180, "元/公斤"),
        ("效益指标", "经济效益指标", "干品水蛭年产量", "≥", 3, "吨"),
        (None, "社会效益指标", "养殖户技术掌握率", "≥", pct(0.85), "%"),
        (None, "生态效益指标", "养殖尾水达标排放率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "养殖池设计使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦秋禾", "0739-5528613", (2025, 12, 9))
    return b


@variant("fz02-leech-goal-mismatch", (12,),
         "project, OLD-NAT, one value column: an area below the goal's, a deadline in the next "
         "year, a unit cost × area above the year's money")  # fmt: skip
def fz02() -> Book:
    b, s = start()
    goal = ok("建设仿生态水蛭养殖基地150亩，配套进排水渠2.4公里，年内培训养殖户80人次，"
              "2026年11月底前完成基地验收。", "warning",
              note="D104 and Y102 may also be reported at the goal text")  # fmt: skip
    project_head(
        s, year=2026, name="枫埠乡水蛭仿生态养殖基地建设项目", dept=COUNTY,
        unit="蓼湾县枫埠乡人民政府", money=one_year(120, 100, 20), goals=[goal],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "养殖基地建设面积",
         mk("≥120亩", "D104", "warning", row=True,
            note="年度目标写建设养殖基地150亩，指标只有120亩")),
        (None, None, "配套进排水渠长度", "≥2.4公里"),
        (None, None, "养殖户培训人次", "≥80人次"),
        (None, "质量指标", "基地验收合格率", "100%"),
        (None, "时效指标", "基地验收完成时间",
         mk("2027年3月31日前", "Y102", "error", alt=("D104", "Y103"),
            note="一年期项目（2026-01-01至2026-12-31），验收期限落在2027年；年度目标写2026年"
                 "11月底前")),
        (None, "成本指标", "基地建设单位成本",
         mk("≤1.1万元/亩", "B107", "warning", row=True,
            note="1.1万元/亩 × 120亩 = 132万元（按目标150亩为165万元），超过年度资金120万元")),
        ("效益指标", "经济效益指标", "基地年产鲜蛭", "≥8吨"),
        (None, "社会效益指标", "带动农村劳动力就业", "≥30人"),
        (None, "生态效益指标", "养殖尾水达标排放率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁望舒", "0739-5521076", (2025, 12, 8))
    return b


@variant("fz03-centipede-three-year", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, a base built once in the first year, a later year the work prepares for "
         "(correct)")  # fmt: skip
def fz03() -> Book:
    b, s = start()
    project_head(
        s, year=2026, years=3, name="苕岗市少棘巨蜈蚣规范化养殖与种源繁育项目",
        dept="苕岗市农业农村局（412）", unit="苕岗市特色养殖技术推广站",
        money=multi_year((450, 390, 60), (150, 130, 20)),
        goals=["到2028年建成蜈蚣种源繁育基地1处、标准化养殖棚室90栋，累计繁育种蜈蚣60万条，"
               "带动养殖户120户。",
               "2026年建成种源繁育基地1处、养殖棚室30栋，繁育种蜈蚣20万条，带动养殖户40户，"
               "为2029年申报地理标志产品积累养殖数据。"],
    )  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "种源繁育基地建设数量", "=1处", "=1处"),
        (None, None, "标准化养殖棚室建设数量", "≥90栋", "≥30栋"),
        (None, None, "种蜈蚣繁育数量", "≥60万条", "≥20万条"),
        (None, None, "带动养殖户数", "≥120户", "≥40户"),
        (None, "质量指标", "种蜈蚣繁育成活率", pct(0.85), pct(0.8)),
        (None, None, "养殖棚室验收合格率", "100%", "100%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "养殖棚室建设成本", "≤3.5万元/栋", "≤3.5万元/栋"),
        ("效益指标", "经济效益指标", "养殖户户均增收", "≥0.8万元", "≥0.6万元"),
        (None, "可持续影响指标", "种蜈蚣种源自给率", "≥70%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：种源繁育基地于2026年建成，实施期内不再新建，故中期与年度指标值相同。", 5)
    sign(s, "段知远", "0745-3316620", (2025, 11, 28))
    return b


@variant("fz04-centipede-period-copy", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, a count below the goal's, a year's households above the period's")  # fmt: skip
def fz04() -> Book:
    b, s = start()
    text = "建设林下仿野生蜈蚣养殖区500亩，投放种蜈蚣40万条，带动脱贫户60户稳定增收。"
    annual = ok(mk(text, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同"),
                "warning", note="D104 may also be reported at the goal text")  # fmt: skip
    project_head(
        s, year=2026, years=3, name="蓼湾县蜈蚣林下仿野生养殖项目", dept=COUNTY,
        unit="蓼湾县林业和中药材产业服务中心",
        money=multi_year((300, 270, 30), (100, 90, 10)),
        goals=[ok(text, "warning", note="D104 may also be reported here"), annual],
    )  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "林下养殖区建设面积", "≥500亩", "≥150亩"),
        (None, None, "种蜈蚣投放数量",
         mk("≥30万条", "D104", "warning", row=True,
            note="中期目标写投放种蜈蚣40万条，实施期指标只有30万条"), "≥12万条"),
        (None, None, "带动脱贫户数", "≥60户",
         mk("≥80户", "D201", "error", note="年度80户大于实施期60户：累计户数不可能")),
        (None, "质量指标", "种蜈蚣投放成活率", "≥80%", "≥80%"),
        (None, "时效指标", "养殖区建设完成时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "养殖区建设成本", "≤0.5万元/亩", "≤0.5万元/亩"),
        ("效益指标", "经济效益指标", "脱贫户户均增收", "≥0.5万元", "≥0.3万元"),
        (None, "生态效益指标", "林下植被保存率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "脱贫户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙映川", "0739-5530482", (2025, 12, 2))
    return b


@variant("fz05-leech-points", (5, 10),
         "project, OLD-NAT, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标), an indicator score column adding to 90, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def fz05() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="鹭垸区水蛭冬季棚养技术推广项目", dept="鹭垸区农业农村局（215）",
        unit="鹭垸区水产技术推广站", money=one_year(48, 45, 3),
        goals=["推广水蛭冬季棚养技术，改造越冬棚40个，培训养殖户100人次，幼蛭越冬成活率较上年"
               "提高5个百分点以上。"],
    )  # fmt: skip
    indicators(s, (*HEAD4, "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "越冬棚改造数量", "≥40个", 15),
        (None, None, "养殖户培训人次", "≥100人次", 10),
        (None, "（二）质量指标", "越冬棚验收合格率", "≥95%", 10),
        (None, "（三）时效指标", "越冬棚改造完成时间", "2026年10月31日前", 5),
        (None, "（四）成本指标", "单个越冬棚改造补助", "≤1万元/个", 10),
        ("二、效益指标（30分）", "（一）经济效益指标", "幼蛭越冬成活率较上年提高", "≥5百分点", 10),
        (None, None, "户均减少越冬损失", "≥0.3万元", 5),
        (None, "（二）社会效益指标", "冬季棚养技术覆盖率", "≥80%", 10),
        (None, "（三）可持续影响指标", "冬季棚养技术规程编制", "=1项", 5),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "参训养殖户满意度",
         pct(0.92), 10),
    ])  # fmt: skip
    note(s, "注：指标分值合计90分，预算执行率10分另行评价。", 5)
    sign(s, "邝晓岚", "0736-7712094", (2025, 12, 12))
    return b


@variant("fz06-centipede-wrong-tier", (5, 7),
         "project, OLD-NAT, headers 考核指标 / 绩效标准 / 评价标准, tier labels with * and "
         "abbreviated: a survival rate under 时效, a training count repeated under "
         "社会效益")  # fmt: skip
def fz06() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="柘岭镇蜈蚣标准化养殖技术服务项目", dept=COUNTY,
        unit="蓼湾县柘岭镇农业服务中心", money=one_year(36, 30, 6),
        goals=["为全镇蜈蚣养殖户提供全程技术服务，开展技术培训150人次，指导建设标准化养殖箱"
               "1200个，种蜈蚣养殖成活率达到85%以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "绩效标准", "评价标准")
    indicators(s, head, [
        ("*产出指标", "*数量", "养殖户技术培训人次", "≥150人次", "每少10人次扣1分"),
        (None, None, "指导建设标准化养殖箱", "≥1200个", "按完成比例得分"),
        (None, "*质量", "养殖箱建设达标率", "≥95%", "按达标比例得分"),
        (None, "*时效", "技术指导响应时间", "≤48小时", "超时一次扣1分"),
        (None, None,
         mk("种蜈蚣养殖成活率", "F201", "warning", row=True,
            note="成活率是质量指标，却填在时效下"), "≥85%", "按抽查结果得分"),
        (None, "*成本", "技术服务人均成本", "≤200元/人次", "超出不得分"),
        ("*效益指标", "经济效益", "养殖户户均增收", "≥0.6万元", "按抽样调查得分"),
        (None, "社会效益", "参训养殖户技术掌握率", "≥90%", "按考核结果得分"),
        (None, None,
         mk("养殖户培训人次", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量下的“养殖户技术培训人次”是同一指标（少“技术”二字），重复填报"),
         "≥150人次", "完成得满分"),
        ("*满意度指标", "服务对象满意度", "养殖户满意度", "≥90%", "按问卷结果得分"),
    ])  # fmt: skip
    sign(s, "侯砚秋", "0739-5547731", (2025, 12, 5))
    return b
