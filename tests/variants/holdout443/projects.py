"""Project returns (yk01–yk06): source retrofits of old compounds and their monitoring, with
operator and unit columns, percent cells, decorated tier labels, other header words and a table
on a second sheet."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout443.common import (
    CITY_DEPT,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout443.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("yk01-percent-cells", (1,), "project, OLD-NAT, operator column (指标性质) and unit "
         "column, percent typed in Excel, 万元 in the number format, 0起 on an incident count "
         "(correct)")  # fmt: skip
def yk01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="栖湾区柳巷片区老旧小区海绵化改造工程",
                 dept="栖湾区住房和城乡建设局（312）", unit="栖湾区城市更新服务中心",
                 money=one_year(wan(860), wan(760), wan(100)),
                 goals=["完成柳巷片区7个老旧小区源头海绵化改造，新建透水铺装1.2万平方米、"
                        "雨水花园18处，年径流总量控制率达到75%以上，"
                        "汛期小区不再出现内涝积水。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "改造老旧小区数量", "≥", 7, "个"),
        (None, None, "新建透水铺装面积", "≥", 12000, "平方米"),
        (None, None, "新建雨水花园", "≥", 18, "处"),
        (None, "质量指标", "工程竣工验收合格率", "=", pct(1), "%"),
        (None, None, "雨污分流管网闭水试验合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "主体工程汛前完工率", "≥", pct(0.95), "%"),
        (None, "成本指标", "小区改造综合单价", "≤", 105, "万元/个"),
        ("效益指标", "社会效益指标", "汛期小区内涝积水事件", "≤", 0, "起"),
        (None, "生态效益指标", "年径流总量控制率", "≥", pct(0.75), "%"),
        (None, "可持续影响指标", "海绵设施移交物业管养比例", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "岑梓涵", "62774150")
    return b


@variant("yk02-percent-wrong", (1, 11), "project, OLD-NAT, operator column and unit column, "
         "percent cells: a 合格率 typed as 105%, an error rate with ≥")  # fmt: skip
def yk02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="枫渚区桂园新村等5个小区雨污分流及海绵改造项目",
                 dept="枫渚区住房和城乡建设局（318）", unit="枫渚区市政工程建设中心",
                 money=one_year(wan(540), wan(480), wan(60)),
                 goals=["对桂园新村等5个小区实施雨污分流和源头海绵改造，改造管网3.6公里，"
                        "消除雨污混接，改善小区排水条件。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "雨污分流改造小区数量", "≥", 5, "个"),
        (None, None, "改造雨污分流管网长度", "≥", 3.6, "公里"),
        (None, "质量指标", "管网工程验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100 %: typed 105%"), "%"),
        (None, None, "改造后管网错接混接率", "≥",
         mk(pct(0.02), "T108", "warning", row=True,
            note="an error rate is 反向: ≥2% should be ≤2%"), "%"),
        (None, "时效指标", "汛前完工小区占比", "≥", pct(0.8), "%"),
        (None, "成本指标", "雨污分流管网改造单价", "≤", 850, "元/米"),
        ("效益指标", "社会效益指标", "小区化粪池溢流投诉下降率", "≥", pct(0.5), "%"),
        (None, "生态效益指标", "年径流总量控制率", "≥", pct(0.7), "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "吕向晴", "63108826")
    return b


POINTS_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("yk03-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标) and an indicator score column, both levels "
         "adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def yk03() -> Book:
    b, s = book(widths=(22, 22, 30, 18, 10, 10))
    project_head(s, year=YEAR, name="栖湾区棉纺二村海绵化改造项目",
                 dept="栖湾区住房和城乡建设局（312）", unit="栖湾区城市更新服务中心",
                 money=one_year(wan(420), wan(380), wan(40)), start=day(YEAR, 2, 1),
                 goals=["汛前完成棉纺二村透水铺装和下凹式绿地改造，消除6处积水点，小区年径流"
                        "总量控制率较改造前提高15个百分点以上。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("一、产出指标（40分）", "（一）数量指标", "透水铺装改造面积", "≥9500平方米", 10),
        (None, None, "下凹式绿地建设面积", "≥2600平方米", 10),
        (None, "（二）质量指标", "海绵设施竣工验收合格率", pct(1), 10),
        (None, "（三）时效指标", "主体工程完工时间", "2025年5月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "透水铺装改造单价", "≤260元/平方米", 10),
        ("三、效益指标（40分）", "（一）社会效益指标", "小区积水点消除数量", "≥6个", 10),
        (None, "（二）生态效益指标", "年径流总量控制率提升", "≥15百分点", 10),
        (None, None, "雨水资源利用量", "≥3200立方米", 10),
        (None, "（三）可持续影响指标", "海绵设施管养责任落实率", "100%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "小区居民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, ["注：一级指标分值合计100分，三级指标分值之和与一级指标分值一致。"], 5)
    return b


@variant("yk04-wrong-parent-points", (5, 10), "project, NAT-2021, numbered labels with points: "
         "a 时效 tier-2 under 效益, 产出 points not matching its indicators, a 满意度 given "
         "as a count")  # fmt: skip
def yk04() -> Book:
    b, s = book(widths=(22, 22, 30, 18, 10, 10))
    project_head(
        s,
        year=YEAR,
        name="枫渚区电机厂宿舍区海绵化改造项目",
        dept="枫渚区住房和城乡建设局（318）",
        unit="枫渚区城市更新事务中心",
        money=one_year(wan(390), wan(350), wan(40)),
        goals=["完成电机厂宿舍区雨水花园和屋面雨水断接改造，按期完工，居民满意。"],
    )
    tier = mk("一、产出指标（40分）", "W103", "error", alt=("W101",),
              note="declared 40, indicator points under it add to 35")  # fmt: skip
    indicators(s, POINTS_HEAD, [
        (tier, "1.数量指标", "新建雨水花园", "≥12处", 10),
        (None, None, "屋面雨水断接改造楼栋", "≥26栋", 10),
        (None, None, "透水铺装改造面积", "≥4100平方米", 5),
        (None, "2.质量指标", "海绵设施竣工验收合格率", "100%", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "雨水花园建设单价", "≤9万元/处", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "小区积水点消除数量", "≥4个", 10),
        (None, "2.生态效益指标", "年径流总量控制率", "≥70%", 10),
        (None, mk("3.时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "工程按期完工率", "≥95%", 10),
        ("四、满意度指标（20分）", "1.服务对象满意度指标", "改造小区居民满意度",
         mk("280户", "T105", "error", note="a 满意度 needs a percentage"), 10),
        (None, None, "物业服务企业满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("yk05-two-row-header", (7,), "project, OLD-NAT, two-row header with 考核指标, "
         "目标值（年度） and a 评价标准 scoring column (correct)")  # fmt: skip
def yk05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澜汀市老旧小区海绵设施在线监测项目", dept=CITY_DEPT,
                 unit="澜汀市海绵城市建设管理中心", money=one_year(wan(180), wan(150), wan(30)),
                 goals=["在16个已改造老旧小区布设40个液位监测点并接入市海绵城市监测平台，"
                        "实现积水风险实时预警。"])  # fmt: skip
    s.row("绩效指标", None, None, "目标值（年度）", "评价标准", None, merge=[(1, 3)])
    top = s.r
    s.row("一级指标", "二级指标", "考核指标")
    s.ws.merge_cells(start_row=top, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=top, start_column=5, end_row=s.r, end_column=6)
    s.table([
        ("产出指标", "数量指标", "安装在线液位监测点", "≥40个", "每少1个扣0.5分"),
        (None, None, "接入监测平台的改造小区", "≥16个", "每少1个扣1分"),
        (None, "质量指标", "监测数据有效传输率", "≥95%", "低于目标按比例扣分"),
        (None, "时效指标", "积水告警推送时间", "≤30分钟", "超时1次扣1分"),
        (None, "成本指标", "单个监测点建设成本", "≤3.2万元/个", "超标准不得分"),
        ("效益指标", "社会效益指标", "内涝风险预警覆盖小区", "≥16个", "每少1个扣1分"),
        (None, "可持续影响指标", "监测平台运行维护制度", "健全", "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "社区及物业工作人员满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "宁书岚", "65520931")
    return b


@variant("yk06-second-sheet-notes", (4, 7), "project: head on a first sheet, the indicator "
         "table on a second sheet under 指标内容 / 预期实现值 with a 注 row inside; a 完成率 "
         "given as an area, a deadline given as a percentage")  # fmt: skip
def yk06() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="栖湾区砖桥新村透水铺装及雨水花园改造项目",
        dept="栖湾区住房和城乡建设局（312）",
        unit="栖湾区城市更新服务中心",
        money=one_year(wan(470), wan(430), wan(40)),
        goals=["完成砖桥新村1.2万平方米透水铺装和9处雨水花园建设，11月底前完工。"],
    )
    t = b.sheet("绩效目标", (16, 18, 30, 18, 24))
    t.title(f"{YEAR}年度项目绩效目标表", 5)
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期实现值", "备注"), [
        ("产出指标", "数量指标",
         mk("透水铺装改造完成率", "T105", "error", row=True,
            note="a 完成率 given as an area, not a percentage"), "12000平方米", None),
        (None, None, "新建雨水花园", "≥9处", None),
        (None, "质量指标", "工程验收合格率", "100%", "按竣工验收报告"),
        (None, "时效指标", "雨水花园完工时间",
         mk("100%", "T113", "warning", note="a deadline given as a percentage"), None),
        (None, "成本指标", "透水铺装改造单价", "≤280元/平方米", "含基层及面层"),
        ("注：成本指标按施工图预算核定，不含监理及设计费用。", "", None, None, None),
        ("效益指标", "社会效益指标", "小区积水点消除数量", "≥3个", None),
        (None, "生态效益指标", "年径流总量控制率", "≥70%", None),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "入户问卷"),
    ], above=None)  # fmt: skip
    notes(t, ["填表说明：指标值应量化，定性指标填写等级。"], 5)
    return b
