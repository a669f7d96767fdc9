"""Returns kam01–kam06: the township flood early-warning broadcast system."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout705.common import (
    COUNTY,  # fmt: skip
    HEAD,
    PERIOD_HEAD,
    TOWN,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout705.registry import variant
from tests.variants.kit import Book, mk, pct

BUREAU = f"{COUNTY}应急管理局（418003）"


@variant("kam01-broadcast-points", (5, 10), "project, NAT-2021, numbered tier labels with "
         "points and an indicator score column, both adding to 100 (correct)")  # fmt: skip
def kam01() -> Book:
    b, s = start()
    project_head(s, year=2025, name=f"{TOWN}沿河村组应急广播终端建设", dept=BUREAU,
                 unit=f"{TOWN}人民政府", money=one_year(96, 90, 6), goals=[
                     "在沿河12个村组新建应急广播终端120套（其中临水村组80套、山洪沟口村组40套），"
                     "改造镇级广播控制平台1个，汛前完成安装调试，"
                     "预警信息入户覆盖率达到95%以上。"])  # fmt: skip
    indicators(s, (*HEAD, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "新建村级应急广播终端", "≥120套", 15),
        (None, None, "改造镇级广播控制平台", "=1个", 10),
        (None, "2.质量指标", "终端安装验收合格率", "=100%", 10),
        (None, "3.时效指标", "终端安装调试完成时间", "2025年5月31日前", 15),
        ("二、成本指标（10分）", "1.经济成本指标", "单套终端采购及安装成本", "≤0.6万元/套", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "预警信息入户覆盖率", "≥95%", 10),
        (None, None, "汛期预警信息漏发次数下降率", "≥50%", 10),
        (None, "2.可持续影响指标", "广播终端正常运行年限", "≥5年", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "沿河村民满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, 2025, "钟岚舟", "0592-7316428")
    return b


@variant("kam02-broadcast-goal-mismatch", (11, 12), "project, OLD-NAT, one value column: "
         "a count against the goal, a deadline in the year before, a unit cost over the "
         "money")  # fmt: skip
def kam02() -> Book:
    b, s = start()
    project_head(s, year=2025, name=f"{COUNTY}沿河乡镇预警广播终端补点", dept=BUREAU,
                 unit=f"{COUNTY}应急广播中心", money=one_year(100, 85, 15), goals=[
                     "为沿河5个乡镇新建预警广播终端150套，年底前全部投入使用，"
                     "实现汛期预警信息到达行政村全覆盖。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建预警广播终端",
         mk("≥130套", "D104", "warning", row=True, note="年度目标写新建150套")),
        (None, "质量指标", "终端通电测试合格率", "=100%"),
        (None, "时效指标", "终端投入使用时间",
         mk("2024年12月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="预算年度2025年、计划2025年内实施，截止日期却在上一年")),
        (None, "成本指标", "单套终端购置及安装成本",
         mk("≤0.9万元/套", "B107", "warning", row=True,
            note="0.9万元 × 130套 = 117万元（按目标150套则135万元），超过年度资金100万元")),
        ("效益指标", "社会效益指标", "预警信息到达行政村覆盖率", "=100%"),
        (None, "可持续影响指标", "终端日常巡检制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "梁珂", "0592-7316551")
    return b


@variant("kam03-broadcast-three-years", (8,), "three-year project 2025–2027, NAT-2021, 中期 and "
         "年度 columns: a drill count above the period's, a count copied, last year in the "
         "goal")  # fmt: skip
def kam03() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name=f"{COUNTY}沿河村应急预警广播全覆盖工程",
                 dept=BUREAU, unit=f"{COUNTY}应急广播中心", attr="新增项目",
                 money=multi_year((270, 240, 30), (90, 80, 10)), goals=[
                     "2025—2027年在全县38个沿河村建成应急预警广播，累计新建终端300套，"
                     "开展防汛预警演练36场，培训村级预警信息员114人。",
                     mk("2024年新建终端100套，覆盖13个沿河村，开展演练12场，培训信息员40人。",
                        "Y103", "warning", alt=("Y101",),
                        note="项目期2025—2027年，年度目标却写2024年：上一季的文字未改")],
                 )  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "新建应急广播终端", "≥300套", "≥100套"),
        (None, None, "开展防汛预警演练", "≥36场",
         mk("≥40场", "D201", "error", note="年度40场超过三年合计36场")),
        (None, None, "培训村级预警信息员", "≥114人",
         mk("≥114人", "D202", "warning", alt=("D104",),
            note="三年累计人数照抄到年度；年度目标写40人")),
        (None, "质量指标", "终端验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单套终端建设成本", "≤0.8万元/套", "≤0.8万元/套"),
        ("效益指标", "社会效益指标", "沿河村预警广播覆盖率", "=100%", "≥34%"),
        ("满意度指标", "服务对象满意度指标", "沿河村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kam04-broadcast-centre-department", (1, 4, 12), "department, NAT-2021, tasks adding "
         "to 金额合计, operator, unit and weight columns, typed percents, a note row and a total "
         "row (correct)")  # fmt: skip
def kam04() -> Book:
    b, s = start("部门整体", (16, 16, 30, 10, 12, 12, 10))
    department_head(s, year=2025, dept=f"{COUNTY}应急广播中心",
                    budget=[[wan(560), wan(530), wan(30), wan(380), wan(180)]], tasks=[
                        ("应急广播平台运维", "全县终端巡检、维修", wan(95), "终端在线率95%以上"),
                        ("预警信息发布演练", "汛前全县联合演练", wan(45), "演练覆盖全部沿河村"),
                        ("基层信息员培训", "村级预警信息员轮训", wan(40), "培训信息员260人"),
                        ("金额合计", None, wan(180), None)],
                    goal="全年发布预警信息不少于600条（其中暴雨、山洪预警400条，其他预警200条），"
                         "终端在线率95%以上，轮训村级预警信息员260人。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "权重"), [
        ("产出指标", "数量指标", "发布预警信息", "≥", 600, "条", 15),
        (None, None, "轮训村级预警信息员", "≥", 260, "人", 10),
        (None, "质量指标", "应急广播终端在线率", "≥", pct(0.95), "%", 15),
        (None, "时效指标", "预警信息发布时长", "≤", 10, "分钟", 10),
        ("注：以上产出指标均为全年累计数", None, None, None, None, None, None),
        ("成本指标", "经济成本指标", "平台运维费用", "≤", 95, "万元", 10),
        ("效益指标", "社会效益指标", "预警信息公众知晓率", "≥", pct(0.9), "%", 15),
        (None, None, "汛期因灾死亡失踪人数", "≤", 0, "人", 10),
        ("满意度指标", "服务对象满意度指标", "基层信息员满意度", "≥", pct(0.9), "%", 15),
        ("合计", None, None, None, None, None, 100),
    ])  # fmt: skip
    notes(s, "说明：权重合计100分，其中产出50分、成本10分、效益25分、满意度15分。", width=7)
    sign(s, 2025, "蔡沐阳", "0592-7318802")
    return b


@variant("kam05-drill-flat-list", (1, 3), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percents, weights add to 100 "
         "(correct)")  # fmt: skip
def kam05() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=f"{TOWN}人民政府（防汛办）",
                    budget=[[wan(210), wan(200), wan(10), wan(150), wan(60)]],
                    goal="组织防汛预警广播演练12场，参演群众3000人次以上，设置转移避险路线标识"
                         "45处，预警信息到户率95%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("预警广播演练场次", 20, "场", "≥", 12),
        ("参演群众人次", 15, "人次", "≥", 3000),
        ("转移避险路线标识设置", 15, "处", "≥", 45),
        ("预警信息到户率", 15, "%", "≥", pct(0.95)),
        ("演练组织成本", 10, "万元", "≤", 18),
        ("转移避险响应时间", 10, "分钟", "≤", 30),
        ("参演群众满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, 2025, "许青禾", "0592-7325167")
    return b


@variant("kam06-stacked-stations", (2, 12), "two projects stacked, OLD-NAT, one value column: "
         "the second project's money does not add up and one indicator is given twice")  # fmt: skip
def kam06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name=f"{TOWN}沿河水位监测预警站建设",
        dept=BUREAU,
        unit=f"{TOWN}人民政府",
        money=one_year(80, 80),
        goals=["建成沿河水位监测预警站4座，与镇级广播平台联动，汛期实时发布水位预警。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "建成水位监测预警站", "≥4座"),
        (None, "质量指标", "监测数据上传有效率", "≥98%"),
        (None, "时效指标", "预警站建成时间", "2025年6月15日前"),
        (None, "成本指标", "单座预警站建设成本", "≤20万元/座"),
        ("效益指标", "社会效益指标", "超警水位预警发布及时率", "≥95%"),
        ("满意度指标", "服务对象满意度", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    second = [("年度资金总额", mk(wan(45), "B101", "error", note="财政拨款40 + 其他资金10 = 50"),
               "其中：财政拨款", wan(40)), ("其他资金", wan(10), None, None)]  # fmt: skip
    project_head(
        s,
        year=2025,
        title="",
        name=f"{TOWN}山洪沟预警喇叭补点",
        dept=BUREAU,
        unit=f"{TOWN}人民政府",
        money=second,
        goals=["在6条山洪沟口补设预警喇叭60个，汛前全部接入镇级广播平台。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "预警喇叭安装数量", "≥60个"),
        (None, None, "安装预警喇叭数量",
         mk("≥66个", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标，词序不同，值也不同")),
        (None, "质量指标", "喇叭接入平台测试合格率", "=100%"),
        (None, "成本指标", "单个喇叭购置安装成本", "≤0.65万元/个"),
        ("效益指标", "社会效益指标", "预警信息发布及时率", "≥95%"),
        ("满意度指标", "服务对象满意度", "沿河群众满意度", "≥92%"),
    ])  # fmt: skip
    return b
