"""Multi-year projects (智慧警务, 智慧法院, 法律援助) with 中期 and 年度 values."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout36.projects import indicators
from tests.variants.holdout36.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("it13-smart-police-ok", (8, 1), "three-year project, NAT-2021, 中期 and 年度 columns")
def it13() -> Book:
    b = Book()
    s = b.sheet("智慧警务")
    project_head(s, year=2025, years=3, name="智慧警务平台建设（一期）", dept="鹿城市公安局",
                 unit="鹿城市公安局科技信息化支队", attr="新增项目",
                 money=[("中期资金总额", money(3600, WAN), "年度资金总额", money(1200, WAN)),
                        ("其中：财政拨款", money(3400, WAN), "其中：财政拨款", money(1100, WAN)),
                        ("其他资金", money(200, WAN), "其他资金", money(100, WAN))],
                 goals=["三年内建成市县两级智慧警务平台，接入视频点位6000路，实现警情"
                        "智能研判全覆盖。",
                        "2025年完成平台主体建设，接入视频点位2000路，"
                        "在主城区试运行。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "接入视频监控点位", "≥6000路", "≥2000路", None),
        (None, None, "部署智能研判应用模块", "≥18个", "≥6个", None),
        (None, "质量指标", "平台系统可用率", pct(0.995, "0.0%"), pct(0.995, "0.0%"), None),
        (None, "时效指标", "警情智能分派响应时间", "≤30秒", "≤60秒", None),
        ("成本指标", "经济成本指标", "单路视频接入成本", "≤0.35万元/路", "≤0.35万元/路", None),
        ("效益指标", "社会效益指标", "可防性案件发案率", "逐年下降", "下降", None),
        (None, "可持续影响指标", "平台运维保障机制", "健全", "建立", None),
        ("满意度指标", "服务对象满意度指标", "一线民警使用满意度", "≥90%", "≥85%", None),
    ], head=HEAD)  # fmt: skip
    return b


@variant("it14-smart-police-wrong", (8, 12), "two-year project, NAT-2021, copied columns")
def it14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2025, years=2, name="智慧派出所建设", dept="红河口区公安分局",
                 unit="红河口区公安分局", attr="新增项目",
                 money=[("中期资金总额", money(880), "年度资金总额",
                         mk(money(960), "B103", "error")),
                        ("其中：财政拨款", money(880), "其中：财政拨款",
                         ok(money(960), "error", note="the same excess as the total")),
                        ("其他资金", money(0), "其他资金", money(0))],
                 goals=["两年内完成全区14个派出所智慧化改造。",
                        "2025年完成7个派出所智慧化改造。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "完成智慧化改造派出所", "14个",
         mk("14个", "D202", "warning", alt=("D201",)), None),
        (None, None, "配置智能安检门", "28套", mk("28套", "D202", "warning"), None),
        (None, None, "建设社区警务室", "20个", mk("26个", "D201", "error"), None),
        (None, "质量指标", "系统验收合格率", "100%", "100%", None),
        (None, "时效指标", "年度改造任务完成时间", "2026年12月底前", "2025年12月底前", None),
        ("成本指标", "经济成本指标", "单所改造成本", "≤60万元", "≤60万元", None),
        ("效益指标", "社会效益指标", "辖区群众办事等候时间", "明显缩短", "缩短", None),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥92%", "≥90%", None),
    ], head=HEAD)  # fmt: skip
    return b


@variant("it15-smart-court-ok", (8, 11), "two-year project, direction and unit columns")
def it15() -> Book:
    b = Book()
    s = b.sheet("智慧法院", widths=(14, 16, 26, 10, 10, 10, 10))
    project_head(s, year=2025, years=2, name="智慧法院电子卷宗随案生成系统", dept="望江县人民法院",
                 unit="望江县人民法院", attr="新增项目",
                 money=[("中期资金总额", money(420), "年度资金总额", money(260)),
                        ("其中：财政拨款", money(420), "其中：财政拨款", money(260)),
                        ("其他资金", money(0), "其他资金", money(0))],
                 goals=["建成电子卷宗随案生成和深度应用体系，实现无纸化办案。",
                        "2025年完成系统部署，民事、刑事案件电子卷宗"
                        "随案生成率达到90%。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "完成历史卷宗数字化", 120000, 60000, "正向", "卷"),
        (None, "质量指标", "电子卷宗随案生成率", 98, 90, "正向", "%"),
        (None, "时效指标", "卷宗扫描流转时限", 1, 2, "反向", "工作日"),
        ("成本指标", "经济成本指标", "单卷数字化成本", 8, 8, "反向", "元/卷"),
        ("效益指标", "社会效益指标", "案件平均审理天数", 55, 60, "反向", "天"),
        ("满意度指标", "服务对象满意度指标", "法官干警使用满意度", 90, 90, "正向", "%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "指标方向",
             "计量单位"))  # fmt: skip
    s.row("注：正向指标为不低于，反向指标为不高于。")
    return b


@variant("it16-legal-aid-cost-wrong", (6, 12), "project, NAT-2021, standard per case x cases")
def it16() -> Book:
    b = Book()
    s = b.sheet("法律援助")
    project_head(s, year=2025, name="民事法律援助案件补贴", dept="安源区司法局",
                 unit="安源区法律援助中心", attr="常年项目",
                 money=[("年度资金总额", money(300), "其中：财政拨款", money(300)),
                        ("其他资金", money(0), None, None)],
                 goals=["为困难群众提供民事法律援助2000件。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "办理民事法律援助案件", "≥2000件", None, None),
        (None, None, "律师参与率", mk("85人", "T105", "error"), None, None),
        (None, mk("时效指标", "F109", "warning", row=True), None, None, None, None),
        ("成本指标", "经济成本指标", "民事法律援助案件补贴标准",
         mk("≤3000元/件", "B107", "warning", row=True), None, None),
        ("效益指标", "社会效益指标", "困难群众维权渠道", "畅通", None, None),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%", None, None),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "说明", "备注"))  # fmt: skip
    return b
