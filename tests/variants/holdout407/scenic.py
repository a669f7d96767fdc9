"""Karst cave scenic areas (溶洞景区): lighting, walkways, guiding, visitor services."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout407.common import (
    HEAD4,
    HEAD6,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout407.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "岚岫县文化和旅游局（217）"


@variant("xa01-cold-light", (1, 7), "project, NAT-2021, operator and unit columns, typed percent "
         "cells, 万元 only in the number format (correct)")  # fmt: skip
def xa01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="玉屏洞景区洞内照明冷光源改造", dept=DEPT,
                 unit="岚岫县玉屏洞景区管理处", money=one_year(180, 150, 30),
                 goals=["将洞内卤素灯具更换为LED冷光源"
                        "，减轻灯光热效应和洞壁藻类滋生。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "更换LED冷光源灯具", "≥", 800, "套"),
        (None, None, "改造洞内照明线路", "≥", 2.4, "公里"),
        (None, "质量指标", "灯具安装验收合格率", "=", pct(1), None),
        (None, None, "洞壁藻类覆盖面积下降率", "≥", pct(0.3), None),
        (None, "时效指标", "改造完工时间", "≤", day(YEAR, 5, 31), None),
        ("成本指标", "经济成本指标", "LED冷光源灯具单价", "≤", 0.15, "万元/套"),
        ("效益指标", "生态效益指标", "照明区洞内气温升幅", "≤", 0.5, "℃"),
        (None, "经济效益指标", "景区年接待游客", "≥", 35, "万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "覃岳川", "0774-6153208")
    return b


@variant("xa02-walkway-wrong", (1, 11), "project, OLD-NAT, operator column, typed percent cells: "
         "a pass rate of 105%, ≥ on an accident rate")  # fmt: skip
def xa02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="石燕洞景区游步道防滑栈道改造", dept=DEPT,
                 unit="岚岫县石燕洞景区管理处", money=one_year(260, 220, 40),
                 goals=["将洞内湿滑木质游步道改造为不锈"
                        "钢防滑栈道，消除游客滑倒隐患。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a pass rate cannot exceed 100%")
    op = mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≤ expected")
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "改造防滑栈道", "≥", 1.6, "公里"),
        (None, None, "新增洞内应急照明灯", "≥", 120, "盏"),
        (None, "质量指标", "栈道防滑处理验收合格率", "≥", over, None),
        (None, "时效指标", "栈道改造完工时间", "≤", day(YEAR, 6, 30), None),
        (None, "成本指标", "栈道改造每公里造价", "≤", 140, "万元/公里"),
        ("效益指标", "社会效益指标", "栈道游客滑倒事故发生率", op, pct(0.001, "0.0%"), None),
        (None, None, "重大安全责任事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "蒙秀岑", "0774-6153317")
    return b


@variant("xa03-assessment-words", (7,), "project, NAT-2021, headers 考核指标 · 绩效目标值 · "
         "评价标准, operators inside the values, a note under the table (correct)")  # fmt: skip
def xa03() -> Book:
    b, s = start(widths=(16, 18, 30, 16, 30, 8))
    project_head(s, year=YEAR, name="石燕洞景区智慧导览及客流监测系统", dept=DEPT,
                 unit="岚岫县石燕洞景区管理处", money=one_year(96, 80, 16),
                 goals=["建成洞内客流监测和多语种语音导览"
                        "系统，分时预约入洞，缓解高峰拥堵。"])  # fmt: skip
    full = "达到目标值得满分，未达到按比例扣分"
    indicators(s, ("一级指标", "二级指标", "考核指标", "绩效目标值", "评价标准"), [
        ("产出指标", "数量指标", "部署客流监测点位", "≥24个", full),
        (None, None, "上线语音导览语种", "≥4种", full),
        (None, "质量指标", "客流数据上传完整率", "≥98%", full),
        (None, "时效指标", "系统上线运行时间", "2026年9月30日前", "逾期一个月扣1分"),
        ("成本指标", "经济成本指标", "系统建设及首年运维成本", "≤96万元", "超支不得分"),
        ("效益指标", "社会效益指标", "高峰期入洞排队等候时间", "≤30分钟", full),
        (None, None, "游客投诉率", "≤1%", "每超0.5个百分点扣1分"),
        (None, "可持续影响指标", "客流数据保存年限", "≥3年", full),
        ("满意度指标", "服务对象满意度指标", "游客对导览服务满意度", "≥90%", full),
    ])  # fmt: skip
    notes(s, "注：系统建设及首年运维成本即本项目年度资金总额96万元，第二年起运维费另行申报。")
    sign(s, "韦嘉禾", "0774-6153421")
    return b


@variant("xa04-second-sheet-wrong", (7, 9), "project, OLD-NAT, head on 基本信息, the table on a "
         "second sheet under 预期实现值: amount as text with separators, a date serial, a rate as "
         "a count")  # fmt: skip
def xa04() -> Book:
    b, s = start("基本信息")
    total = mk("1,050.00", "X103", "warning", note="text with a separator, read as 1050")
    project_head(s, year=YEAR, name="玉屏洞景区洞口游客服务中心及生态停车场建设",
                 dept=DEPT, unit="岚岫县玉屏洞景区管理处",
                 money=one_year(total, 900, 150),
                 goals=["建成洞口游客服务中心和生态停车场，分流洞口人流车流。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 34, 20))
    t.title("项目绩效指标", 4)
    serial = mk("46173", "X104", "warning", note="46173 is 2026-05-31 stored as text")
    count = mk("12场", "T105", "error", note="a 覆盖率 given as a number of sessions")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "新建游客服务中心建筑面积", "≥3200平方米"),
        (None, None, "新增生态停车位", "≥450个"),
        (None, "质量指标", "工程竣工验收合格率", "100%"),
        (None, "时效指标", "主体工程完工时间", serial),
        (None, "成本指标", "单位建筑面积综合造价", "≤0.28万元/平方米"),
        ("效益指标", "社会效益指标", "洞口讲解服务覆盖率", count),
        (None, "经济效益指标", "景区二次消费收入增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xa05-stacked-two", (2,), "two one-year projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator name with different values (correct)")  # fmt: skip
def xa05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="玉屏洞景区消防及应急疏散设施更新", dept=DEPT,
                 unit="岚岫县玉屏洞景区管理处", money=one_year(64, 50, 14),
                 goals=["更新洞内消防器材和疏散指示系统，保障游客安全疏散。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新洞内灭火器", "≥180具"),
        (None, None, "更换疏散指示标志", "≥90块"),
        (None, "质量指标", "消防设施检测合格率", "100%"),
        (None, "时效指标", "设施更新完成时间", "2026年4月30日前"),
        (None, "成本指标", "疏散指示标志单价", "≤0.12万元/块"),
        ("效益指标", "社会效益指标", "火灾及踩踏事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="石燕洞景区洞内应急广播系统建设", dept=DEPT,
                 unit="岚岫县石燕洞景区管理处", money=one_year(38, 38, 0), title="",
                 goals=["建成覆盖全部游览洞段的应急广播系"
                        "统，突发情况下三分钟内通知到位。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "安装洞内防潮广播终端", "≥60个"),
        (None, "质量指标", "广播信号洞段覆盖率", "100%"),
        (None, "时效指标", "系统投入使用时间", "2026年7月31日前"),
        (None, "成本指标", "广播终端单价", "≤0.35万元/个"),
        ("效益指标", "社会效益指标", "突发事件通知到位时间", "≤3分钟"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "黎宛平", "0774-6153208")
    return b


@variant("xa06-stacked-wrong", (2, 12), "two one-year projects stacked, OLD-NAT: the first's "
         "standard × count exceeds its money, the second's total is not its parts")  # fmt: skip
def xa06() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="溶洞景区导游讲解员洞穴保护知识培训", dept=DEPT,
                 unit="岚岫县文化旅游发展中心", money=one_year(40, 40, 0),
                 goals=["培训全县溶洞景区导游讲解员，讲解中融入洞穴保护知识。"])  # fmt: skip
    std = mk("≤0.3万元/人", "B107", "warning", row=True, note="0.3 × 200 = 60 > 40万元")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "培训导游讲解员", "≥200人"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2026年6月30日前"),
        (None, "成本指标", "人均培训补助标准", std),
        ("效益指标", "社会效益指标", "讲解词中洞穴保护内容占比", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(85), "B101", "error", note="60 + 20 = 80, not 85")
    project_head(s, year=YEAR, name="石燕洞景区洞口防洪排涝设施改造", dept=DEPT,
                 unit="岚岫县石燕洞景区管理处", money=one_year(total, 60, 20), title="",
                 goals=["改造洞口截洪沟和排涝泵站，汛期洞内游览区不进水。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造洞口截洪沟", "≥650米"),
        (None, None, "新增排涝泵", "≥3台"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "主汛期前完工时间", "2026年4月15日前"),
        ("效益指标", "社会效益指标", "汛期洞内游览区进水次数", "0次"),
        ("满意度指标", "服务对象满意度指标", "景区经营户满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "黎宛平", "0774-6153208")
    return b
