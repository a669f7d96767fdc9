"""Orchard returns (砂糖橘与脐橙果园): gp01–gp06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout656.common import (
    H5,
    N,
    book,
    funds,
    indicators,
    notes,
    period_funds,
    sign,
)
from tests.variants.holdout656.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "柑岭县农业农村局（305）"
CENTRE = "柑岭县果业发展中心"


@variant("gp01-low-yield-operator-column", (1, 7),
         "project, OLD-NAT, header 指标内容, 指标性质 as operator column and a unit column, "
         "typed percents, 万元 in the number format (correct)")  # fmt: skip
def gp01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="砂糖橘低产园提质改造", dept=DEPT, unit=CENTRE,
                 money=funds(100, 80, 20), goals=[
                     "对双坳镇、青枫乡砂糖橘低产园1200亩（其中双坳镇700亩、青枫乡500亩）实施"
                     "密改疏、增施有机肥和水肥一体化改造，"
                     "带动示范户60户，商品果率达到85%以上。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "砂糖橘低产园改造面积", "≥", 1200, "亩"),
        (N, N, "改造示范户", "≥", 60, "户"),
        (N, "质量指标", "改造园商品果率", "≥", pct(0.85), "%"),
        (N, N, "补植苗木成活率", "≥", pct(0.95), "%"),
        (N, "时效指标", "改造任务完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (N, "成本指标", "每亩改造补助标准", "≤", 650, "元/亩"),
        ("效益指标", "经济效益指标", "改造园亩均增收", "≥", 1500, "元/亩"),
        (N, "生态效益指标", "化肥施用量下降率", "≥", pct(0.1), "%"),
        (N, "可持续影响指标", "改造园管护制度", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "改造示范户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "指标内容", "指标性质", "指标值", "计量单位"))
    sign(s, "邝晓梅", (2024, 11, 12))
    return b


@variant("gp02-navel-demo-period", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 columns: an annual area above the "
         "period's, an annual count below the 年度目标's, a cumulative count copied")  # fmt: skip
def gp02() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="橙岗镇脐橙标准化示范园建设", dept=DEPT,
                 unit="橙岗镇农业综合服务中心", attr="新增项目",
                 money=period_funds((900, 750, 150), (300, 250, 50)), goals=[
                     "2025—2027年在橙岗镇建成脐橙标准化示范园3000亩，"
                     "配套水肥一体化设施2000亩，"
                     "累计培训果农1800人次，示范园优果率提高到80%。",
                     "2025年建成示范园1000亩，配套水肥一体化设施700亩，"
                     "培训果农600人次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "标准化示范园建设面积", "≥3000亩", "≥1000亩"),
        (N, N, "水肥一体化设施配套面积", "≥2000亩",
         mk("≥2500亩", "D201", "error", alt=("D104",),
            note="年度 2500亩 超过实施期 2000亩，也与年度目标的 700亩 不符")),
        (N, N, "果农技术培训", "≥1800人次",
         mk("≥400人次", "D104", "warning", row=True, note="年度目标写培训果农600人次")),
        (N, N, "修剪技术示范户", "≥150户",
         mk("≥150户", "D202", "warning", note="三年累计户数原样抄入年度列")),
        (N, "质量指标", "示范园优果率", "≥80%", "≥70%"),
        (N, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "示范园每亩建设成本", "≤2500元/亩", "≤2500元/亩"),
        ("效益指标", "经济效益指标", "示范园亩均产值增加", "≥2000元/亩", "≥1000元/亩"),
        (N, "可持续影响指标", "示范园管护年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "参训果农满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, H5)
    return b


@variant("gp03-orchard-clearing-years", (4,),
         "project, OLD-NAT, one value column, a 注 row and signature line: last season's year "
         "in the 年度目标 and a deadline, a unit subsidy × area above the money")  # fmt: skip
def gp03() -> Book:
    b, s = book()
    goal = mk("2024年完成双坳镇、青枫乡砂糖橘果园冬春清园5000亩，统一防控柑橘木虱，"
              "黄龙病病株挖除率达到100%。", "Y103", "warning", alt=("Y101",),
              note="2025年度申报表的年度目标写 2024年：上一产季的文字未改")  # fmt: skip
    project_head(s, year=2025, name="砂糖橘果园冬春清园与木虱统防", dept=DEPT, unit=CENTRE,
                 money=funds(120, 100, 20), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "果园冬春清园面积", "≥5000亩"),
        (N, N, "柑橘木虱统防次数", "≥4次"),
        (N, "质量指标", "黄龙病病株挖除率", "=100%"),
        (N, "时效指标", "春季清园完成时间",
         mk("2024年3月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="期限落在预算年度 2025 之前：上一产季的日期")),
        (N, "成本指标", "每亩清园药剂补助",
         mk("≤300元/亩", "B107", "warning", row=True,
            note="300元/亩 × 5000亩 = 150万元，超过年度资金 120万元")),
        ("效益指标", "社会效益指标", "黄龙病新发病株率", "≤2%"),
        (N, "生态效益指标", "病残枝无害化处理率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    notes(s, "注：清园药剂由县果业发展中心统一采购，分两批配送到村。", width=4)
    sign(s, "钟禾生", (2024, 12, 3))
    return b


@variant("gp04-navel-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）, 1.) "
         "and an indicator 分值 column, a rate raised in 百分点, 0起 (correct)")  # fmt: skip
def gp04() -> Book:
    b, s = book()
    project_head(s, year=2025, name="脐橙果园有机肥替代化肥示范", dept=DEPT,
                 unit="橙岗镇农业综合服务中心", money=funds(60, 50, 10), goals=[
                     "在橙岗镇、石门坳村推广脐橙有机肥替代化肥2000亩，配送商品有机肥1600吨，"
                     "示范园化肥用量下降15%以上，优质果率提高5个百分点。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "1.有机肥替代示范面积", "≥2000亩", 20),
        (N, N, "2.商品有机肥配送量", "≥1600吨", 10),
        (N, "（二）质量指标", "3.有机肥质量抽检合格率", pct(1), 10),
        (N, "（三）时效指标", "4.有机肥配送完成时间", "2025年9月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.每吨有机肥补助标准", "≤300元/吨", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "6.示范园优质果率", "提高≥5百分点", 10),
        (N, "（二）生态效益指标", "7.示范园化肥用量下降率", "≥15%", 10),
        (N, N, "8.施肥造成的水体污染事件", "0起", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.示范户满意度", pct(0.9), 10),
    ]  # fmt: skip
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "指标值", "分值"))
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("gp05-nursery-abbreviated-tiers", (5,),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量, 时效…), header 预期目标: a "
         "quality rate under 时效, the same count twice with a word changed")  # fmt: skip
def gp05() -> Book:
    b, s = book()
    project_head(s, year=2025, name="砂糖橘无病苗木繁育与嫁接换种", dept=DEPT,
                 unit="青枫乡农业服务站", money=funds(80, 70, 10), goals=[
                     "繁育砂糖橘无病容器苗30万株，完成嫁接换种600亩，"
                     "嫁接成活率达到90%以上。"])  # fmt: skip
    rows = [
        ("产出", "数量", "无病容器苗繁育数量", "≥30万株"),
        (N, N, "嫁接换种面积", "≥600亩"),
        (N, "质量", "容器苗出圃合格率", "≥95%"),
        (N, "时效", "嫁接换种完成时间", "2025年4月30日前"),
        (N, N, mk("嫁接成活率", "F201", "warning", row=True,
                  note="成活率是质量指标，填在时效下"), "≥90%"),
        (N, "成本", "每株容器苗繁育成本", "≤2.2元/株"),
        ("效益", "社会效益", "带动育苗专业户", "≥12户"),
        (N, "可持续影响", mk("无病容器苗繁育株数", "D103", "warning", row=True,
                        alt=("D101",), note="与数量指标“无病容器苗繁育数量”是同一指标"),
         "≥30万株"),
        ("满意度", "服务对象满意度", "换种果农满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "预期目标"))
    return b


@variant("gp06-huanglong-census-notes", (4, 11),
         "project, OLD-NAT, one value column, an instruction row inside the table, 注 and "
         "填表说明 under it, signature and a fill date in the prior year (correct)")  # fmt: skip
def gp06() -> Book:
    b, s = book()
    project_head(s, year=2025, name="柑橘黄龙病普查与综合防控", dept=DEPT, unit=CENTRE,
                 money=funds(150, 130, 20), goals=[
                     "完成全县砂糖橘、脐橙果园黄龙病普查12000亩（其中双坳镇5000亩、橙岗镇7000亩），"
                     "病株挖除率100%，木虱统防覆盖率95%以上，"
                     "为2026年无病苗木推广积累病情数据。"])  # fmt: skip
    s.row(*("一级指标", "二级指标", "三级指标", "指标值"))
    s.table([
        ("产出指标", "数量指标", "黄龙病普查面积", "≥12000亩"),
        (N, N, "柑橘木虱监测点", "≥40个"),
        (N, "质量指标", "病株挖除率", "=100%"),
        (N, N, "木虱统防覆盖率", "≥95%"),
        (N, "时效指标", "秋季普查完成时间", "2025年10月31日前"),
        (N, "成本指标", "每亩普查防控成本", "≤100元/亩"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "（以下效益、满意度指标可根据项目实际增减，比率类指标须写明比较符）", width=4)
    s.table([
        ("效益指标", "社会效益指标", "黄龙病发病株率下降率", "≥20%"),
        (N, "生态效益指标", "农药包装废弃物回收率", "≥90%"),
        (N, "可持续影响指标", "黄龙病监测预警机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.普查面积含砂糖橘、脐橙两类果园；2.病株挖除率以普查发现病株为基数。",
          "填表说明：金额单位为万元；本表一式三份，报县财政局一份。", width=4)  # fmt: skip
    sign(s, "邝晓梅", (2024, 11, 18))
    return b
