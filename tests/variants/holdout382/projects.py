"""Single project returns wb01–wb06: percent cells and operator columns, decorated tier labels
with points, other header words (授时服务 and 标准时间报时 projects)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout382.common import T4, YEAR, funds, indicators, start
from tests.variants.holdout382.registry import variant
from tests.variants.kit import Book, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("wb01-ntp-percent", (1,), "project, OLD-NAT, operator column headed 指标性质, unit "
         "column, typed percent cells, 万元 only in the number format (correct)")  # fmt: skip
def ntp_percent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭市网络时间服务平台运行维护",
                 dept="澄岭市市场监督管理局（317）", unit="澄岭市时间频率计量所",
                 money=funds(86.4, 80, 6.4),
                 goals=["保障网络时间服务平台全年稳定运行，向政务、电力和金融结算系统提供可溯源"
                        "的标准时间，授时偏差控制在10毫秒以内。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "接入授时服务的政务及行业系统", "≥", 120, "个"),
        (None, None, "时间服务器巡检", "≥", 24, "次"),
        (None, "质量指标", "平台全年服务可用率", "≥", pct(0.999, "0.0%"), "%"),
        (None, None, "授时偏差", "≤", 10, "毫秒"),
        (None, "时效指标", "故障响应时间", "≤", 2, "小时"),
        (None, "成本指标", "服务器年度维护费", "≤", 38.5, "万元"),
        ("效益指标", "社会效益指标", "时间同步异常投诉下降率", "≥", pct(0.2), "%"),
        (None, None, "因授时错误引发的安全事件", "≤", 0, "起"),
        (None, "可持续影响指标", "溯源至国家标准时间的备份链路", "≥", 2, "条"),
        ("满意度指标", "服务对象满意度指标", "接入单位满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("wb02-beidou-percent-wrong", (1, 11), "project, OLD-NAT, operators in words in their "
         "own column, unit column: a typed 105% availability, "
         "≥ on a failure rate and a cost")  # fmt: skip
def beidou_percent_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沅汀市北斗授时基准站运维",
                 dept="沅汀市自然资源和规划局（204）", unit="沅汀市测绘地理信息中心",
                 money=funds(52, 52, 0),
                 goals=["维持6座北斗授时基准站全年运行，按月发布授时信号监测报告。"])  # fmt: skip
    ge = "大于等于"
    indicators(s, OPS, [
        ("产出指标", "数量指标", "运维授时基准站", ge, 6, "座"),
        (None, None, "卫星授时信号监测报告", ge, 12, "期"),
        (None, "质量指标", "基准站授时信号可用率", ge,
         mk(pct(1.05), "T106", "error", note="可用率显示105%，超过100%上限"), "%"),
        (None, None, "授时信号中断率",
         mk(ge, "T108", "warning", row=True, note="中断率是反向指标，却写大于等于"),
         pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "故障站点恢复时间", "小于等于", 24, "小时"),
        (None, "成本指标", "单站年度运维费",
         mk(ge, "T108", "warning", row=True, note="成本上限写成大于等于"), 8, "万元/座"),
        ("效益指标", "社会效益指标", "为测绘、交通用户提供授时服务时长", ge, 8700, "小时"),
        (None, "可持续影响指标", "基准站设备完好率", ge, pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "授时用户满意度", ge, pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("wb03-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（45分）, （一）数量指标), indicator points, "
         "a rise in 百分点 (correct)")  # fmt: skip
def points_labels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="霁川县公共场所标准时间显示屏校准",
                 dept="霁川县工业和信息化局（112）", unit="霁川县计量检定测试所",
                 money=funds(64, 60, 4),
                 goals=["校准车站、医院、政务大厅等公共场所标准时间显示屏"
                        "180块，偏差不超过1秒。"])  # fmt: skip
    indicators(s, (*T4, "分值"), [
        ("一、产出指标（45分）", "（一）数量指标", "校准公共场所标准时间显示屏", "≥180块", 15),
        (None, None, "发布校准情况通报", "≥4期", 5),
        (None, "（二）质量指标", "显示屏与北京时间偏差", "≤1秒", 10),
        (None, None, "校准合格率", "≥98%", 5),
        (None, "（三）时效指标", "报修显示屏复校时限", "≤5个工作日", 10),
        ("二、成本指标（15分）", "（一）经济成本指标", "单块显示屏校准费用", "≤0.3万元/块", 15),
        ("三、效益指标（30分）", "（一）社会效益指标", "公共场所时间显示校准覆盖率较上年提高",
         "≥5百分点", 15),
        (None, "（二）可持续影响指标", "显示屏定期校准机制", "建立并执行", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "市民对公共时间显示准确性满意度",
         "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("wb04-marked-labels-wrong", (5, 10), "project, OLD-NAT, labels with * and ★, "
         "abbreviated tier-2s and points: 产出 scores short of the tier, "
         "时效 under 效益")  # fmt: skip
def marked_labels_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="朔溪区应急广播标准时间报时系统改造",
                 dept="朔溪区文化广电和旅游局（056）", unit="朔溪区融媒体中心",
                 money=funds(45, 45, 0),
                 goals=["改造乡镇应急广播报时终端60套，实现整点报时与北京时间同步。"])  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="指标分值合计95，由产出少填的5分引起，可容忍")  # fmt: skip
    indicators(s, (*T4, "分值"), [
        (mk("*产出指标（50分）", "W103", "error", note="其下分值15+5+10+15=45，不是50"),
         "★数量", "改造乡镇应急广播报时终端", "≥60套", 15),
        (None, None, "整点报时节目制作", "≥24条", 5),
        (None, "质量", "终端报时与北京时间偏差", "≤0.5秒", 10),
        (None, "成本", "单套终端改造费用", "≤0.6万元/套", 15),
        (ok("效益指标（40分）", "error", note="按原位置分值相符；若把时效行归回产出再比对，可容忍"),
         "社会效益", "整点报时覆盖行政村比例", "≥95%", 20),
        (None, mk("时效", "F105", "error", note="时效属产出指标，却写在效益指标之下"),
         "改造工程完工时间", "2025年10月31日前", 10),
        (None, "可持续影响", "报时终端设计使用年限", "≥8年", 10),
        ("满意度指标（10分）", "服务对象满意度", "村民对报时准确性满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("wb05-header-assessment", (7,), "project, NAT-2021, two-row header 考核指标 / "
         "目标值（年度） with a 评价标准 scoring column (correct)")  # fmt: skip
def header_assessment() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭市标准时间语音报时热线运行保障",
                 dept="澄岭市通信发展管理办公室（089）", unit="澄岭市信息通信保障中心",
                 money=funds(32, 32, 0),
                 goals=["语音报时热线全年不间断服务，报时语音与标准时间"
                        "偏差不超过50毫秒。"])  # fmt: skip
    s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=6)
    full = "达到目标值得满分，未达到按比例扣分"
    s.table([
        ("产出指标", "数量指标", "语音报时热线全年服务时长", "≥8760小时", full),
        (None, None, "报时语音播报版本更新", "≥2次", "完成得满分"),
        (None, "质量指标", "报时语音与标准时间偏差", "≤50毫秒", full),
        (None, "时效指标", "线路故障修复时间", "≤4小时", "每超1小时扣1分"),
        ("成本指标", "经济成本指标", "语音平台租赁费", "≤18万元", "超支不得分"),
        ("效益指标", "社会效益指标", "年度报时服务人次", "≥30万人次", full),
        (None, "可持续影响指标", "报时平台双机热备", "建立并执行", "建立得满分"),
        ("满意度指标", "服务对象满意度指标", "来电用户满意度", "≥90%", full),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("wb06-header-artefacts", (7, 9), "project, OLD-NAT, headers 指标内容 and 绩效标准: a "
         "placeholder count and a date left as a 5-digit serial in text")  # fmt: skip
def header_artefacts() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="霁川县广播电视台整点报时信号插播设备更新",
                 dept="霁川县文化和旅游局（071）", unit="霁川县广播电视台",
                 money=funds(25, 25, 0),
                 goals=["更新整点报时信号插播器4台，电视及广播频率整点报时准确播出。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "更新整点报时信号插播器", "≥4台"),
        (None, None, "开展整点报时信号比对测试",
         mk("≥XX次", "X101", "error", note="次数仍是模板占位符")),
        (None, "质量指标", "插播信号与标准时间偏差", "≤20毫秒"),
        (None, "时效指标", "设备安装调试完成时间",
         mk("45991", "X104", "warning", note="2025-11-30 的日期序列号存成了文本")),
        (None, "成本指标", "插播器购置单价", "≤4.5万元/台"),
        ("效益指标", "社会效益指标", "整点报时准确播出率", "≥99.5%"),
        (None, "可持续影响指标", "设备质保期", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "听众观众满意度", "≥90%"),
    ])  # fmt: skip
    return b
