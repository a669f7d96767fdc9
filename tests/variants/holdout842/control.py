"""Smart lighting control: single-lamp controllers, platforms, dimming (kft13–kft18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout842.common import (
    YEAR,
    period_money,
    sign,
    start,
    table,
    w,
    year_money,
)
from tests.variants.holdout842.registry import variant
from tests.variants.kit import Book, day, mk, pct

EXPORT = (14, 24, 12, 16, 28, 10, 12, 10)


@variant("kft13-system-export", (7, 1),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on 部门项目支出"
         "绩效目标05-2 under a third-row header, codes in the first columns, typed percents "
         "(correct)")  # fmt: skip
def system_export() -> Book:
    b, s = start("部门项目支出预算05-1", EXPORT)
    code, name = "318004260001", "柘川区智慧路灯单灯控制改造"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：柘川区城市管理局（318004）", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "备注")
    s.row(code, name, w(420), w(400), w(20), "延续项目")
    t = b.sheet("部门项目支出绩效目标05-2", EXPORT)
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位：柘川区城市管理局（318004）")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "计量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "安装单灯控制器数量", "≥", 2100, "个"),
        ("产出指标", "数量指标", "接入智慧照明平台路灯数量", "≥", 2100, "盏"),
        ("产出指标", "质量指标", "单灯控制器在线率", "≥", pct(0.95), "%"),
        ("产出指标", "时效指标", "改造完成时间", "≤", day(YEAR, 9, 30), None),
        ("成本指标", "经济成本指标", "单个控制器采购安装成本", "≤", 0.18, "万元/个"),
        ("效益指标", "经济效益指标", "路灯年节电率", "≥", pct(0.15), "%"),
        ("效益指标", "社会效益指标", "路灯故障主动发现率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", pct(0.9), "%"),
    ]
    for row in rows:
        t.row(code, name, *row)
    return b


@variant("kft14-platform-copied-year", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度资金 above 中期资金, 年度目标 "
         "copied from 中期目标, a cumulative count copied into 年度")  # fmt: skip
def platform_copied_year() -> Book:
    b, s = start()
    goal = "建成市级智慧照明管理平台，接入全市路灯12000盏，建设区级分控中心5个，实现按需调光。"
    money = period_money(900, 950)
    money[0] = (
        "中期资金总额",
        w(900),
        "年度资金总额",
        mk(w(950), "B103", "error", note="年度资金950万元大于中期资金900万元"),
    )
    money[1] = ("其中：财政拨款", w(900), "其中：财政拨款", w(950))
    copied = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, name="鹭汀市智慧照明管理平台建设项目",
                 dept="鹭汀市城市管理局（301006）", unit="鹭汀市城市照明管理处",
                 money=money, goals=[goal, copied], years=3, attr="新增项目")  # fmt: skip
    rows = [
        (
            "产出指标",
            "数量指标",
            "接入平台路灯数量",
            "≥12000盏",
            mk("≥12000盏", "D202", "warning", note="累计接入数量照抄中期值"),
        ),
        (None, None, "建设区级分控中心数量", "≥5个", "≥2个"),
        (None, "质量指标", "平台数据上报准确率", "≥98%", "≥98%"),
        (None, "时效指标", "平台上线运行时间", "2028年6月30日前", f"{YEAR}年12月31日前"),
        ("成本指标", "经济成本指标", "单盏路灯接入成本", "≤0.06万元/盏", "≤0.06万元/盏"),
        ("效益指标", "经济效益指标", "路灯能耗下降率", "≥20%", "≥10%"),
        (None, "可持续影响指标", "平台数据保存年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant("kft15-direction-operator-words", (11, 10),
         "project, NAT-2021, 指标性质 as direction, 指标方向 as word operator, bare numbers, "
         "a unit column, a 下降率 with 大于等于, a rate raised in 百分点 (correct)")  # fmt: skip
def direction_operator_words() -> Book:
    b, s = start(widths=(16, 16, 30, 10, 12, 12, 12))
    project_head(s, year=YEAR, name="湄岗区路灯按需调光节能改造项目",
                 dept="湄岗区城市管理局（327002）", unit="湄岗区路灯管理站",
                 money=year_money(210, 200, 10),
                 goals=["为1400盏路灯加装调光控制模块，"
                        "深夜时段按车流调光，用电量下降25%以上。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "加装调光控制模块数量", "正向", "大于等于", 1400, "个"),
        (None, "质量指标", "调光策略执行准确率", "正向", "大于等于", 95, "%"),
        (None, "时效指标", "故障告警响应时间", "反向", "小于等于", 2, "小时"),
        (
            "成本指标",
            "经济成本指标",
            "单个调光模块采购安装成本",
            "反向",
            "小于等于",
            0.12,
            "万元/个",
        ),
        ("效益指标", "经济效益指标", "路灯用电量下降率", "正向", "大于等于", 25, "%"),
        (None, "社会效益指标", "路面照度达标率提高", "正向", "大于等于", 3, "百分点"),
        (None, "生态效益指标", "年减少二氧化碳排放量", "正向", "大于等于", 620, "吨"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "正向", "大于等于", 90, "%"),
    ]
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    table(s, header, rows)
    return b


@variant("kft16-assessment-goal-count", (7, 12),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and 评价标准: money parts not adding "
         "to 年度资金总额, a road-section count below the goal's")  # fmt: skip
def assessment_goal_count() -> Book:
    b, s = start()
    total = mk(w(500), "B101", "error", note="财政拨款420 + 其他资金60 = 480，不等于500")
    project_head(s, year=YEAR, name="柘川区路段单灯控制改造项目",
                 dept="柘川区城市管理局（318004）", unit="柘川区市政照明服务中心",
                 money=year_money(total, 420, 60),
                 goals=["完成120个路段的单灯控制改造，"
                        "安装控制器2400个，接入区智慧照明平台。"])  # fmt: skip
    rows = [
        (
            "产出指标",
            "数量指标",
            "单灯控制改造路段数量",
            mk("≥100个", "D104", "warning", row=True, note="年度绩效目标写120个路段"),
            "每少1个扣0.5分",
        ),
        (None, None, "安装单灯控制器数量", "≥2400个", "每少100个扣1分"),
        (None, "质量指标", "控制器调试合格率", "≥98%", "每低1%扣1分"),
        (None, "时效指标", "改造完成时间", f"{YEAR}年10月31日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "单个控制器采购安装成本", "≤0.18万元/个", "超支不得分"),
        ("效益指标", "经济效益指标", "年节约电费", "≥45万元", "按比例扣分"),
        (None, "社会效益指标", "路灯故障主动发现率", "≥90%", "每低1%扣1分"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "每低1%扣1分"),
    ]
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), rows)
    return b


@variant("kft17-stacked-control-cabinets", (2, 5),
         "two projects stacked, OLD-NAT, abbreviated tier labels (产出, 数量), the same indicator "
         "name with different values in the two projects (correct)")  # fmt: skip
def stacked_control_cabinets() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="栖桥镇路灯智能控制柜改造项目",
                 dept="鹭汀市栖桥镇人民政府（301215）", unit="栖桥镇村镇建设服务中心",
                 money=year_money(64, 64, 0), goals=["改造路灯智能控制柜32台，实现远程开关灯。"],
                 title=f"{YEAR}年度栖桥镇照明项目绩效目标表")  # fmt: skip
    table(s, head, [
        ("产出", "数量", "改造智能控制柜数量", "≥32台"),
        (None, "质量", "控制柜远程开关灯成功率", "≥98%"),
        (None, "时效", "完工时间", f"{YEAR}年7月31日前"),
        (None, "成本", "单台控制柜改造成本", "≤1.8万元/台"),
        ("效益", "社会效益", "开关灯时间偏差", "≤5分钟"),
        ("满意度", "服务对象满意度", "镇区居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="栖桥镇景观照明集中控制项目",
                 dept="鹭汀市栖桥镇人民政府（301215）", unit="栖桥镇村镇建设服务中心",
                 money=year_money(45, 30, 15), title="",
                 goals=["将镇区景观照明点位60个接入集中控制，节假日统一启闭。"])  # fmt: skip
    table(s, head, [
        ("产出", "数量", "接入集中控制景观照明点位", "≥60个"),
        (None, "质量", "控制柜远程开关灯成功率", "≥95%"),
        (None, "时效", "完工时间", f"{YEAR}年9月30日前"),
        (None, "成本", "单个点位接入成本", "≤0.7万元/个"),
        ("效益", "经济效益", "景观照明年节电量", "≥3万千瓦时"),
        ("满意度", "服务对象满意度", "游客及居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "石景舟", "黎安禾", "0596-8847162", (2025, 11, 21))
    return b


@variant("kft18-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without indicator, "
         "a value without an indicator name")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀市道路照明智能巡检项目",
                 dept="鹭汀市城市管理局（301006）", unit="鹭汀市城市照明管理处",
                 money=year_money(85, 85, 0),
                 goals=["以巡检车和图像识别覆盖全市路灯15000盏，"
                        "故障1小时内识别上报。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "智能巡检覆盖路灯数量", "≥15000盏"),
        (None, "质量指标", "巡检数据准确率", "≥95%"),
        (None, "时效指标", "故障识别上报时间", "≤1小时"),
        ("成本指标", "经济成本指标", "单盏路灯年巡检成本", "≤0.005万元/盏"),
        (
            None,
            mk(
                "社会成本指标",
                "F109",
                "warning",
                row=True,
                note="模板留下的二级指标，没有三级指标和指标值",
            ),
            None,
            None,
        ),
        (
            "效益指标",
            "社会效益指标",
            mk(None, "F110", "error", note="填了≥90%却没有三级指标名称"),
            "≥90%",
        ),
        (None, "可持续影响指标", "巡检数据保存期限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "养护班组满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b
