"""Public-bicycle returns: 枫渚县's docked bicycle scheme and its bus links (kax13–kax18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout716.common import (
    BIKES,
    DEPT,
    HEAD,
    indicators,
    notes,
    one_year,
    sign,
    start,
    two_columns,
    wan,
)
from tests.variants.holdout716.registry import variant
from tests.variants.kit import Book, mk

SCHEME = "枫渚县城区公共自行车系统提升项目"


@variant("kax13-bike-points", (4, 5, 10),
         "project, OLD-NAT, tier labels numbered with points and ★, a 分值 column adding to "
         "the tier points, a note row in the table, footnotes, signatures (correct)")  # fmt: skip
def bike_points() -> Book:
    b, s = start()
    project_head(s, year=2026, name=SCHEME, dept=DEPT, unit=BIKES, money=one_year(168, 140, 28),
                 goals=["新增公共自行车站点40个（其中社区站点26个、公交换乘站点14个），投放公共"
                        "自行车800辆，全年骑行量达到60万人次以上，市民绿色出行比例提高2个"
                        "百分点。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "★（一）数量指标", "新增公共自行车站点", "≥40个", 10),
        (None, None, "新投放公共自行车", "≥800辆", 10),
        (None, "（二）质量指标", "在役车辆完好率", "≥95%", 10),
        (None, "（三）时效指标", "新增站点建成时间", "2026年8月31日前", 10),
        (None, "（四）成本指标", "单辆自行车采购成本", "≤0.12万元/辆", 10),
        ("注：新增站点数含与公交换乘站共建的14个站点。", "", "", "", ""),
        ("二、效益指标（30分）", "（一）社会效益指标", "全年骑行量", "≥60万人次", 10),
        (None, None, "市民绿色出行比例提高", "≥2百分点", 10),
        (None, "（二）生态效益指标", "年减少碳排放", "≥180吨", 5),
        (None, "（三）可持续影响指标", "车辆调度平台在线率", "≥98%", 5),
        ("三、满意度指标（20分）", "★（一）服务对象满意度指标", "骑行用户满意度", "≥90%", 20),
    ], header=(*HEAD, "分值"))  # fmt: skip
    notes(s, "注1：一级指标分值（50+30+20）与各三级指标分值之和均为100分，不重复计分。",
          "注2：全年骑行量按调度平台借车记录统计。",
          "填表说明：带★的为核心指标，不得删除。")  # fmt: skip
    sign(s, (2025, 11, 18))
    return b


@variant("kax14-bike-bus-links", (7, 8),
         "two-year project, NAT-2021, a two-row header with 中期 and 年度 under 指标值, the "
         "period's counts above the year's, equal rates in both columns (correct)")  # fmt: skip
def bike_bus_links() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="枫渚县公交接驳公共自行车站点建设项目", dept=DEPT,
                 unit=BIKES, money=two_columns((300, 260, 40), (170, 150, 20)), goals=[
                     "2026—2027年在县城公交站点周边建设公共自行车接驳站点60个，投放车辆1200辆，"
                     "实现主要公交站点500米范围内接驳全覆盖。",
                     "2026年建成接驳站点35个、投放车辆700辆，覆盖县城北部及中部公交"
                     "线路。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2026—2027年）", "年度（2026年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("成本指标", "经济成本指标", "单个接驳站点建设成本", "≤2.5万元/个", "≤2.5万元/个"),
        (None, None, "单辆自行车采购成本", "≤0.1万元/辆", "≤0.1万元/辆"),
        ("产出指标", "数量指标", "接驳站点建设数量", "≥60个", "≥35个"),
        (None, None, "公共自行车投放数量", "≥1200辆", "≥700辆"),
        (None, "质量指标", "站点验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "站点建设完成时间", "2027年10月31日前", "2026年11月30日前"),
        ("效益指标", "社会效益指标", "公交换乘骑行量", "≥80万人次", "≥30万人次"),
        (None, "可持续影响指标", "站点故障响应时间", "≤2小时", "≤2小时"),
        ("满意度指标", "服务对象满意度指标", "公交换乘乘客满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kax15-bike-goal-mismatch", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: a station count and an opening date "
         "that differ from the 年度目标")  # fmt: skip
def bike_goal_mismatch() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫渚县南部新区公共自行车站点扩建", dept=DEPT, unit=BIKES,
                 money=one_year(110, 95, 15), goals=[
                     "在南部新区新建公共自行车站点40个、投放车辆500辆，2026年9月底前全部投入"
                     "运营，新区居民步行300米内可达站点。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建公共自行车站点数量",
         mk("≥45个", "D104", "warning", row=True, note="年度目标写新建站点40个")),
        (None, None, "新投放公共自行车数量", "≥500辆"),
        (None, "质量指标", "站点验收合格率", "≥98%"),
        (None, "时效指标", "站点投入运营时间",
         mk("2026年12月31日前", "D104", "warning", row=True, note="年度目标写9月底前投入运营")),
        (None, "成本指标", "单个站点建设成本", "≤2万元/个"),
        ("效益指标", "社会效益指标", "新区日均骑行量", "≥1500人次"),
        (None, "可持续影响指标", "站点设施完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "新区居民满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "指标内容", "绩效标准"))  # fmt: skip
    return b


@variant("kax16-bike-fleet-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's fleet above the period's, "
         "a cumulative ride count copied, the period's deadline copied into the year")  # fmt: skip
def bike_fleet_period() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="枫渚县公共自行车车辆更新三年计划", dept=DEPT,
                 unit=BIKES, money=two_columns((390, 330, 60), (140, 120, 20)), goals=[
                     "2026—2028年分批更新老旧公共自行车1200辆，建成电子围栏还车系统，三年累计"
                     "骑行量达到150万人次。",
                     "2026年更新老旧车辆400辆，完成县城中心区站点电子围栏改造。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单辆车更新成本", "≤0.09万元/辆", "≤0.09万元/辆"),
        ("产出指标", "数量指标", "老旧公共自行车更新数量", "≥1200辆",
         mk("≥1500辆", "D201", "error", note="年度1500辆超过实施期1200辆，年度目标为400辆")),
        (None, None, "电子围栏改造站点数量", "≥90个", "≥30个"),
        (None, "质量指标", "更新车辆验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "车辆更新完成时间", "2028年12月31日前",
         mk("2028年12月31日前", "Y102", "error", alt=("D202", "Y103"),
            note="实施期期限照抄到2026年度列")),
        ("效益指标", "社会效益指标", "公共自行车骑行量", "≥150万人次",
         mk("≥150万人次", "D202", "warning", note="三年累计骑行量照抄到年度列")),
        (None, "生态效益指标", "年减少碳排放", "≥450吨", "≥150吨"),
        ("满意度指标", "服务对象满意度指标", "骑行用户满意度", "≥90%", "≥90%"),
    ], header=(*HEAD[:3], "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant("kax17-bike-centre-money", (12,),
         "department, NAT-2021, headers 考核指标 and 预期目标: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计, a ride count below the 年度总体目标's")  # fmt: skip
def bike_centre_money() -> Book:
    b, s = start("部门整体")
    total = mk(wan(420), "B101", "error", row=True, note="基本支出150 + 项目支出260 = 410")
    department_head(s, year=2026, dept=BIKES, budget=[(total, wan(380), wan(40), wan(150),
                                                        wan(260))], tasks=[
        ("车辆更新", "更新老旧公共自行车1000辆", 120, "在役车辆完好率95%以上"),
        ("站点维护", "全县180个站点锁桩及供电维护", 90, "站点完好率98%以上"),
        ("调度运营", "车辆调度、客服热线及平台运维", 60, "高峰时段站点空桩率20%以下"),
        ("金额合计", None, mk(260, "B102", "error", note="120 + 90 + 60 = 270"), None),
    ], goal="全年公共自行车骑行服务达到80万人次以上，站点完好率98%以上，骑行用户满意度"
            "90%以上。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "更新老旧公共自行车数量", "≥1000辆"),
        (None, None, "维护站点数量", "≥180个"),
        (None, "质量指标", "站点完好率", "≥98%"),
        (None, "时效指标", "客服热线故障受理时限", "≤30分钟"),
        ("成本指标", "经济成本指标", "单辆车更新成本", "≤0.12万元/辆"),
        ("效益指标", "社会效益指标", "全年骑行服务人次",
         mk("≥60万人次", "D104", "warning", row=True, note="年度总体目标写80万人次以上")),
        (None, "可持续影响指标", "高峰时段站点空桩率", "≤20%"),
        ("满意度指标", "服务对象满意度指标", "骑行用户满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "考核指标", "预期目标"))  # fmt: skip
    sign(s, (2025, 11, 19), who="黎若舟", phone="6318 6690")
    return b


@variant("kax18-bike-template-rows", (6, 13),
         "project, NAT-2021: a tier-2 left from the template without indicator, a value whose "
         "indicator name was never typed")  # fmt: skip
def bike_template_rows() -> Book:
    b, s = start()
    project_head(s, year=2026, name="枫渚县景区公共自行车租赁点建设", dept=DEPT, unit=BIKES,
                 money=one_year(52, 45, 7), goals=[
                     "在枫渚湖景区及古镇入口建设公共自行车租赁点8个，投放休闲自行车300辆，"
                     "旅游旺季日均租借量达到600人次以上。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单个租赁点建设成本", "≤4万元/个"),
        ("产出指标", "数量指标", "景区租赁点建设数量", "≥8个"),
        (None, None, mk(None, "F110", "error", note="有指标值300辆，三级指标名称未填"), "≥300辆"),
        (None, "质量指标", "租赁点验收合格率", "≥98%"),
        (None, "时效指标", "租赁点投入运营时间", "2026年4月30日前"),
        ("效益指标", "社会效益指标", "旅游旺季日均租借量", "≥600人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), "", ""),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b
