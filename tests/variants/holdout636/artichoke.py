"""Jerusalem artichoke (洋姜) planting by farms that left the trade: fv07–fv12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout636.common import DEPT, first, grid, notes, one_year, sign, wan
from tests.variants.holdout636.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("fv07-artichoke-points", (5, 10),
         "project, NAT-2021, numbered labels, a tier-1 score column and an indicator score column "
         "both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def fv07() -> Book:
    b, s = first()
    project_head(s, year=2026, name="蕨岭县洋姜标准化种植示范项目", dept=DEPT,
                 unit="蕨岭县经济作物技术推广站", money=one_year(60, 50, 10),
                 goals=["在桐坳、茅垭两镇建成洋姜标准化种植示范基地1500亩（桐坳镇900亩、"
                        "茅垭乡600亩），带动退养转产户110户。"])  # fmt: skip
    head = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")
    grid(s, head, [
        ("一、产出指标", 50, "1.数量指标", "示范基地种植面积", "≥1500亩", 15),
        (None, None, None, "带动退养转产户数", "≥110户", 10),
        (None, None, "2.质量指标", "种苗纯度合格率", "≥95%", 10),
        (None, None, "3.时效指标", "春播完成时间", "2026年4月30日前", 15),
        ("二、成本指标", 10, "1.经济成本指标", "种苗及有机肥补助标准", "≤350元/亩", 10),
        ("三、效益指标", 30, "1.经济效益指标", "示范基地亩均产值", "≥3000元", 10),
        (None, None, None, "洋姜商品薯率提高", "≥5百分点", 10),
        (None, None, "2.生态效益指标", "化肥施用量比上年下降率", "≥10%", 10),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("fv08-artichoke-wrong-tier", (5, 7),
         "project, OLD-NAT, labels marked * and ★ and abbreviated, headers 指标内容 and 绩效标准: "
         "area against the goal, a rate under 时效, standard × area above the money")  # fmt: skip
def fv08() -> Book:
    b, s = first()
    project_head(
        s,
        year=2026,
        name="茅垭乡退养转产洋姜种植补助项目",
        dept=DEPT,
        unit="茅垭乡人民政府",
        money=one_year(30, 28, 2),
        goals=["扶持退养转产户种植洋姜1500亩，亩均补助300元，种苗成活率达到90%以上。"],
    )
    grid(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("*产出指标", "★数量", "洋姜种植面积",
         mk("≥1200亩", "D104", "warning", row=True, note="年度目标写1500亩")),
        (None, None, "补助转产户数", "≥60户"),
        (None, "质量", "种苗成活率", "≥90%"),
        (None, "时效", "种苗发放完成时间", "2026年3月31日前"),
        (None, None, mk("种苗发放合格率", "F201", "warning", row=True, note="合格率是质量指标"),
         "≥95%"),
        (None, "成本", "种植补助标准",
         mk("≤300元/亩", "B107", "warning", note="300元 × 1200亩 = 36万元，超过资金30万元")),
        ("*效益指标", "经济效益", "转产户户均种植收入", "≥0.6万元"),
        ("*满意度指标", "服务对象满意度", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fv09-artichoke-second-sheet", (4, 7),
         "project: head on the first sheet, the table on a second sheet under 预期实现值 with a "
         "说明 row inside, a footnote on the area, 填表说明, signatures (correct)")  # fmt: skip
def fv09() -> Book:
    b, s = first("项目基本信息")
    project_head(s, year=2026, name="椿溪镇洋姜种植与初加工扶持项目", dept=DEPT,
                 unit="椿溪镇人民政府", money=one_year(45, 40, 5),
                 goals=["扶持椿溪镇种植洋姜1200亩（其中沙棘坪村示范基地200亩），"
                        "建设洋姜腌制初加工车间1个。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 16, 30, 20, 24))
    t.title("2026年度项目绩效指标", 5)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "备注")
    grid(t, head, [
        ("产出指标", "数量指标", "洋姜种植面积", "≥1200亩", "含示范基地200亩"),
        (None, None, "初加工车间建设数量", "1个", None),
        (None, "质量指标", "车间竣工验收合格率", "=100%", None),
        (None, "时效指标", "车间建成投产时间", "2026年10月31日前", None),
    ])  # fmt: skip
    notes(t, "说明：成本指标按实际兑付数考核。", width=5)
    t.table([
        ("产出指标", "成本指标", "种植补助标准", "≤200元/亩", None),
        (None, None, "车间建设补助", "≤20万元/个", None),
        ("效益指标", "经济效益指标", "洋姜加工产品销售额", "≥150万元", None),
        (None, "社会效益指标", "带动转产户就业人数", "≥40人", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：种植面积1200亩含沙棘坪村示范基地200亩，补助按1200亩计算。",
          "填表说明：指标值须可考核，定性指标按好、较好、一般、差填写。", width=5)  # fmt: skip
    sign(t, "龙启善", "莫晓雯", "0778-6329105", day(2025, 11, 18))
    return b


@variant("fv10-artichoke-years-leftover", (6, 7),
         "project, OLD-NAT, header 预期目标: last year's goal text, the same area twice with two "
         "values, a template example row left in")  # fmt: skip
def fv10() -> Book:
    b, s = first()
    goal = mk(
        "2025年在全县发展洋姜订单种植1000亩，与80户转产户签订保底收购合同。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2026年度申报表沿用上年目标的年份",
    )
    project_head(s, year=2026, name="蕨岭县洋姜订单种植项目", dept=DEPT,
                 unit="蕨岭县经济作物技术推广站", money=one_year(35, 30, 5),
                 goals=[goal])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "订单种植面积", "≥1000亩"),
        (None, None, "收购合同签订户数", "≥80户"),
        (None, None, "洋姜订单种植面积",
         mk("≥800亩", "D102", "error", row=True, alt=("D101", "D103"),
            note="与订单种植面积是同一指标，值却不同")),
        (None, None, "技术培训人次", mk("≥**人次", "X101", "error", note="模板示例行未改")),
        (None, "质量指标", "订单收购履约率", "≥95%"),
        (None, "时效指标", "合同签订完成时间", "2026年3月31日前"),
        (None, "成本指标", "订单种植补助标准", "≤300元/亩"),
        ("效益指标", "经济效益指标", "签约户户均增收", "≥0.4万元"),
        ("满意度指标", "服务对象满意度指标", "签约户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fv11-artichoke-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percents, a 投诉率 with ≤, weights adding to 100, tasks adding "
         "to 项目支出 (correct)")  # fmt: skip
def fv11() -> Book:
    b, s = first()
    department_head(s, year=2026, dept="蕨岭县经济作物技术推广站",
                    budget=[(wan(260), wan(240), wan(20), wan(150), wan(110))],
                    tasks=[("洋姜种植技术推广", "推广洋姜品种和栽培技术", wan(60), "推广3000亩"),
                           ("退养户转产技术服务", "为退养户提供技术服务", wan(50), "培训600人次"),
                           ("金额合计", None, wan(110), None)],
                    goal="推广洋姜种植3000亩，培训退养转产户600人次。")  # fmt: skip
    grid(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("洋姜技术推广面积", 20, "亩", "≥", 3000),
        ("技术培训人次", 15, "人次", "≥", 600),
        ("退养转产户技术服务覆盖率", 15, "%", "≥", pct(0.95)),
        ("推广品种种苗合格率", 10, "%", "≥", pct(0.95)),
        ("农技服务投诉率", 10, "%", "≤", pct(0.02)),
        ("转产户户均增收", 15, "万元", "≥", 0.5),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("fv12-artichoke-direction-words", (11,),
         "project, OLD-NAT, operators in words in their own column, bare numbers and a unit "
         "column: a 发生率 with 大于等于, a satisfaction rate under 社会效益")  # fmt: skip
def fv12() -> Book:
    b, s = first()
    project_head(
        s,
        year=2026,
        name="桐坳镇退养户洋姜种植产业扶持项目",
        dept=DEPT,
        unit="桐坳镇人民政府",
        money=one_year(25, 22, 3),
        goals=["扶持45户退养户种植洋姜800亩，病虫害发生率控制在5%以内。"],
    )
    geq, leq = "大于等于", "小于等于"
    grid(s, ("一级指标", "二级指标", "三级指标", "运算符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "洋姜种植面积", geq, 800, "亩"),
        (None, None, "扶持退养户数", geq, 45, "户"),
        (None, "质量指标", "种苗成活率", geq, 90, "%"),
        (None, None, "洋姜病虫害发生率",
         mk(geq, "T108", "warning", row=True, note="发生率是反向指标，应为小于等于"), 5, "%"),
        (None, "时效指标", "项目完成时间", leq, day(2026, 11, 30), None),
        (None, "成本指标", "种植补助标准", leq, 250, "元/亩"),
        ("效益指标", "经济效益指标", "洋姜亩均收入", geq, 2500, "元"),
        (None, "社会效益指标", "带动就业人数", geq, 30, "人"),
        (None, None, mk("转产户满意度", "F201", "warning", row=True,
                        note="满意度应在满意度指标下"), geq, 90, "%"),
        ("满意度指标", "服务对象满意度指标", "收购企业满意度", geq, 90, "%"),
    ])  # fmt: skip
    return b
