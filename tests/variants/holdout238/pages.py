"""Tables found by the words offices use (考核指标, 绩效标准, 指标内容, 预期实现值), printed over
two pages with the header row repeated, with footnotes and signature lines, and flat department
lists with weights (qn07–qn12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout238.common import (
    book,
    details,
    indicators,
    note,
    one_year_money,
    page_break,
    sign,
    wan,
)
from tests.variants.holdout238.registry import variant
from tests.variants.kit import Book, mk, pct

KAO = ("一级指标", "二级指标", "考核指标", "绩效标准", "指标解释")


@variant("qn07-kiosk-ops-repeated-header", (4, 7), "one-year project, NAT-2021, header 考核指标 "
         "│ 绩效标准, the header row repeated after a page break, a 压缩率 with ≥, a footnote "
         "(correct)")  # fmt: skip
def qn07() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 28))
    project_head(
        s, year=2026, name="“一网通办”自助服务终端运维项目", dept="苇塘县行政审批服务局（233）",
        unit="苇塘县政务服务中心", money=one_year_money(wan(68.4), wan(60), wan(8.4)),
        goals=["2026年对全县136台政务服务自助终端开展驻点运维，终端开机在线率达到98%以上，"
               "故障2小时内响应、24小时内修复，自助办件9万件以上。"],
    )  # fmt: skip
    indicators(s, KAO, [
        ("产出指标", "数量指标", "运维政务服务自助终端", "≥136台", "覆盖县、乡两级便民服务中心"),
        (None, None, "每台终端年度巡检次数", "≥12次", "每月巡检一次"),
        (None, "质量指标", "自助终端开机在线率", "≥98%", "在线时长÷应在线时长"),
        (None, None, "故障一次修复率", "≥95%", None),
        (None, "时效指标", "故障响应时间", "≤2小时", "自报修起计算"),
        (None, None, "故障修复时间", "≤24小时", None),
    ])  # fmt: skip
    page_break(s, KAO, [
        ("成本指标", "经济成本指标", "单台终端年运维费", "≤0.45万元/台", "含备件及巡检"),
        ("效益指标", "社会效益指标", "自助终端年办件量", "≥9万件", None),
        (None, None, "窗口平均排队等候时间压缩率", "≥20%", "与上年同期比较"),
        (None, "可持续影响指标", "终端运维管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥92%", "抽样回访"),
    ])  # fmt: skip
    note(s, "注：1.绩效标准均为本年度目标值；2.终端数量以年初台账为准。", 5)
    sign(s, "邹嘉禾", "秦望舒", "0734-55233017")
    return b


@variant("qn08-hotline-nameless-row", (4, 7, 13), "one-year project, NAT-2021, header 考核指标 │ "
         "绩效标准, header repeated after a page break: a value without an indicator name, a "
         "办结率 given as a count")  # fmt: skip
def qn08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 28))
    project_head(
        s, year=2026, name="12345政务服务便民热线智能化运维项目",
        dept="明湾县政务服务管理办公室（116）", unit="明湾县12345政务服务便民热线中心",
        money=one_year_money(wan(145), wan(145), wan(0)),
        goals=["2026年保障热线平台全年稳定运行，受理群众诉求3.6万件，热线接通率95%以上，"
               "工单按期办结率98%以上。"],
    )  # fmt: skip
    indicators(s, KAO, [
        ("产出指标", "数量指标", "受理群众诉求工单", "≥3.6万件", None),
        (None, "质量指标", "热线接通率", "≥95%", "接通量÷呼入量"),
        (None, None, "工单按期办结率",
         mk("3.6万件", "T105", "error", row=True, alt=("D104",),
            note="a 办结率 given as a count"), None),
        (None, None, "智能语音应答准确率", "≥90%", None),
        (None, "时效指标", "平均接通等待时长", "≤20秒", None),
    ])  # fmt: skip
    page_break(s, KAO, [
        ("成本指标", "经济成本指标", "单件工单平均处理成本", "≤35元/件", "运维费÷工单量"),
        ("效益指标", "社会效益指标",
         mk(None, "F110", "error", note="a target without its indicator name"), "≥98%",
         "回访核实"),
        (None, "可持续影响指标", "热线知识库更新机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%", "电话回访"),
    ])  # fmt: skip
    note(s, "说明：绩效标准按年度填写，定性指标填写等级。", 5)
    sign(s, "汪映雪", "龚仲达", "0763-28116450")
    return b


@variant("qn09-extranet-operator-nature", (1, 7), "one-year project, NAT-2021, a money block "
         "with 测算依据 above a table headed 指标内容 │ 指标性质 │ 预期实现值 │ 计量单位 (指标性质 "
         "holds the operator), typed percentages 99.9% and 98% (correct)")  # fmt: skip
def qn09() -> Book:
    b, s = book("项目支出绩效目标表")
    project_head(
        s, year=2026, name="电子政务外网运维及安全保障项目", dept="桐溪县数据资源局（402）",
        unit="桐溪县电子政务网络中心", money=one_year_money(wan(184.6), wan(180), wan(4.6)),
        goals=["2026年保障全县58个单位接入电子政务外网，外网可用率不低于99.9%，故障30分钟内"
               "响应、4小时内恢复，全年不发生网络安全事件。"],
    )  # fmt: skip
    details(s, [
        ("外网线路租赁", wan(86.4), "36条×2.4万元/条·年"),
        ("安全设备维保", wan(42), "防火墙、入侵检测等23台设备"),
        ("驻场运维服务", wan(48), "4人×12万元/人·年"),
        ("等级保护测评", wan(8.2), "三级系统2个"),
    ], wan(184.6))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标性质", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "接入外网的县直单位", "≥", 58, "个"),
        (None, "质量指标", "电子政务外网可用率", "≥", pct(0.999, "0.0%"), "%"),
        (None, None, "安全设备特征库更新及时率", "≥", pct(0.98), "%"),
        (None, "时效指标", "网络故障响应时间", "≤", 30, "分钟"),
        (None, None, "网络故障恢复时间", "≤", 4, "小时"),
        ("成本指标", "经济成本指标", "单条外网线路年租赁费", "≤", 2.4, "万元/条"),
        ("效益指标", "社会效益指标", "外网业务中断次数", "≤", 2, "次"),
        (None, None, "网络安全事件发生起数", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "接入单位满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "马知秋", "单予安", "0577-61402385")
    return b


@variant("qn10-soc-placeholder-next-year", (4, 7), "one-year project, NAT-2021, header 预期实现值 "
         "with a 设定依据 column and footnotes: a placeholder ≥XX%, a deadline in the next "
         "year")  # fmt: skip
def qn10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20))
    project_head(
        s, year=2026, name="网络安全态势感知平台运营服务项目", dept="栖云区委网信办（128）",
        unit="栖云区网络安全技术支撑中心", money=one_year_money(wan(128), wan(128), wan(0)),
        goals=["2026年对全区65个重要信息系统开展7×24小时安全监测，按月发布安全通报，高危告警"
               "30分钟内处置，年内完成漏洞扫描全覆盖。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期实现值", "指标值设定依据"), [
        ("产出指标", "数量指标", "接入监测的重要信息系统", "≥65个", "计划标准"),
        (None, None, "发布网络安全通报", "≥12期", "计划标准"),
        (None, "质量指标", "威胁情报命中准确率",
         mk("≥XX%", "X101", "error", note="a template placeholder left in"), "行业标准"),
        (None, None, "安全事件研判准确率", "≥95%", "行业标准"),
        (None, "时效指标", "高危告警平均处置时长", "≤30分钟", "合同约定"),
        (None, None, "年度漏洞扫描全覆盖完成时间",
         mk("2027年11月30日前", "Y102", "error", alt=("Y103",),
            note="a one-year 2026 project: 2026年11月30日前 meant"), "计划标准"),
        ("成本指标", "经济成本指标", "单个系统年监测成本", "≤1.8万元/个", "市场询价"),
        ("效益指标", "社会效益指标", "安全事件平均发现时间缩短率", "≥30%", "历史标准"),
        ("满意度指标", "服务对象满意度指标", "接入单位满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    note(s, "注：1.预期实现值均为本年度目标；", 5)
    note(s, "2.指标值设定依据按计划标准、行业标准、历史标准或其他标准填写。", 5)
    sign(s, "翁启帆", "柏思远", "0572-39128044")
    return b


FLAT = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("qn11-data-bureau-flat-list", (4, 7, 11), "department table with key tasks, a flat list "
         "序号 │ 指标名称 │ 权重 │ 计量单位 │ 指标性质 (正向/反向) │ 指标值 over two pages, "
         "weights adding to 100, 反向 times and 超期率 with ≤, a footnote (correct)")  # fmt: skip
def qn11() -> Book:
    b, s = book("部门整体绩效目标", (10, 30, 12, 12, 12, 16))
    department_head(
        s, year=2026, dept="岚溪县数据资源局",
        budget=[(wan(1642.8), wan(1596.3), wan(46.5), wan(612.8), wan(1030))],
        tasks=[
            ("政务云租赁", "租用政务云主机及云存储", wan(420), "保障全县业务系统上云运行"),
            ("一网通办平台运维", "平台运维及事项标准化", wan(310), "事项网上可办率98%以上"),
            ("数据共享平台建设", "数据归集治理及接口开发", wan(300), "归集数据目录2800条"),
            ("金额合计", None, wan(1030), None),
        ],
        goal="2026年保障政务云平台可用率99.9%以上，一网通办事项网上可办率98%以上，归集政务数据"
             "目录2800条，政务服务事项平均办理时限压缩至5个工作日以内。",
    )  # fmt: skip
    s.row(*FLAT)
    rows = [
        (1, "政务云平台服务可用率", 15, "%", "正向", "≥99.9"),
        (2, "一网通办事项网上可办率", 15, "%", "正向", "≥98"),
        (3, "共享平台归集数据目录", 10, "条", "正向", "≥2800"),
        (4, "政务服务事项平均办理时限", 10, "个工作日", "反向", "≤5"),
        (5, "系统页面平均响应时间", 10, "秒", "反向", "≤2"),
    ]  # fmt: skip
    for line in rows:
        s.row(*line)
    s.skip()
    s.row(*FLAT)
    rows = [
        (6, "政务服务办件超期率", 10, "%", "反向", "≤0.5"),
        (7, "等级保护测评通过率", 10, "%", "正向", "=100"),
        (8, "共享平台日均接口调用量", 10, "万次", "正向", "≥12"),
        (9, "企业和群众办事满意度", 10, "%", "正向", "≥92"),
    ]  # fmt: skip
    for line in rows:
        s.row(*line)
    note(s, "注：指标性质中“正向”指数值越大越好，“反向”指数值越小越好。")
    sign(s, "蓝若溪", "覃致远", "0739-62412086")
    return b


@variant("qn12-video-center-flat-weights", (4, 11), "department table, a flat list 指标名称 │ "
         "指标性质 │ 指标值 │ 计量单位 │ 权重: weights adding to 95, a 反向 调阅时延 with "
         "≥")  # fmt: skip
def qn12() -> Book:
    b, s = book("Sheet1", (32, 12, 14, 12, 10, 10))
    department_head(
        s, year=2026, dept="鹭川市视频图像信息中心",
        budget=[(wan(860), wan(820), wan(40), wan(310), wan(550))],
        goal="2026年保障全市视频监控联网平台稳定运行，点位在线率95%以上，视频图像调阅时延不超过"
             "3秒，为公安、城管、交通等部门提供视频共享服务。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="the weights add up to 95, not 100")
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    rows = [
        ("联网视频点位", "正向", "≥18000", "路", 20),
        ("视频点位在线率", "正向", "≥95", "%", 15),
        ("共享视频资源的部门", "正向", "≥14", "个", 10),
        ("视频图像调阅平均时延", "反向",
         mk("≥3", "T108", "warning", row=True, note="反向 declared: ≤3 meant"), "秒", 10),
        ("平台故障平均恢复时长", "反向", "≤4", "小时", 10),
        ("单路点位年运维费", "反向", "≤280", "元/路", 10),
        ("视频图像协助破案率", "正向", "≥30", "%", 10),
        ("使用部门满意度", "正向", "≥90", "%", 10),
    ]  # fmt: skip
    for line in rows:
        s.row(*line)
    sign(s, "庞雅宁", "殷少卿", "0598-73125518")
    return b
