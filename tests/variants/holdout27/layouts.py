"""Layouts as IT offices send them: a table starting in column C after a spacer column with
separate 指标性质 (direction) / 比较符 / 计量单位 columns, numbered tier labels with points, word
operators with a header repeated after a page break, and returns with tier, threshold and PDF
conversion slips. Each return says whether it is correct."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout27.projects import INLINE_HEAD, detail, indicators, one_year
from tests.variants.holdout27.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money

T1_BENEFIT = "二、效益指标（30分）"
T1_SATISFIED = "三、满意度指标（10分）"
COL_C = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位", None,
         "备注")  # fmt: skip


@variant("ik03-health-platform-column-c-ok", (1, 11), "project, column C, 指标性质 as direction")
def ik03() -> Book:
    """Correct: a health-information platform whose table starts in column C (column B is an
    empty spacer, another empty column before 备注). 指标性质 holds the direction, 比较符 the
    operator in words; rates are bare numbers with % in the unit column; response time in 秒
    and 毫秒 with 小于等于 (反向)."""
    b = Book()
    s = b.sheet("项目绩效目标表", widths=(3, 3, 14, 16, 28, 10, 10, 10, 10, 3, 16))
    s.row("2025年度项目支出绩效目标表", merge=[(3, 11)], col=3)
    s.row("项目名称", "栖云县全民健康信息平台运维", None, None, "主管部门", "栖云县卫生健康局",
          None, None, None, merge=[(4, 6), (8, 11)], col=3)  # fmt: skip
    s.row("实施单位", "栖云县卫生健康信息中心", None, None, "项目属性", "延续项目",
          None, None, None, merge=[(4, 6), (8, 11)], col=3)  # fmt: skip
    s.row("项目期", "1年", None, None, "起止时间", "2025年1月1日—2025年12月31日",
          None, None, None, merge=[(4, 6), (8, 11)], col=3)  # fmt: skip
    s.row("项目资金（万元）", "资金总额", money(212), "其中：财政拨款", money(212), "其他资金",
          money(0), merge=[(9, 11)], col=3)  # fmt: skip
    s.row("年度绩效目标", "保障县全民健康信息平台及23家医疗机构接入系统稳定运行，电子健康档案"
          "调阅响应不超过3秒，平台可用率不低于99.9%。", merge=[(4, 11)], col=3)  # fmt: skip
    s.row(*COL_C, col=3)
    s.table(
        [
            ("产出指标", "数量指标", "接入医疗卫生机构", "正向", "大于等于", 23, "家", None, None),
            (None, None, "电子健康档案建档数", "正向", "大于等于", 42, "万份", None, None),
            (None, None, "平台支撑并发用户数", "正向", "大于等于", 2000, "人", None, None),
            (None, "质量指标", "平台可用率", "正向", "大于等于", 99.9, "%", None, "全年"),
            (None, None, "检验检查结果互认数据上传率", "正向", "大于等于", 95, "%", None, None),
            (None, "时效指标", "电子健康档案调阅响应时间", "反向", "小于等于", 3, "秒", None, None),
            (None, None, "接口平均响应时间", "反向", "小于等于", 500, "毫秒", None, None),
            (None, None, "系统故障响应时间", "反向", "小于等于", 4, "小时", None, "SLA约定"),
            (
                "成本指标",
                "经济成本指标",
                "平台运维服务费",
                "反向",
                "小于等于",
                212,
                "万元",
                None,
                None,
            ),
            (
                "效益指标",
                "社会效益指标",
                "居民电子健康档案开放率",
                "正向",
                "大于等于",
                80,
                "%",
                None,
                None,
            ),
            (
                None,
                "可持续影响指标",
                "区域卫生信息互联互通水平",
                "定性",
                "定性",
                "逐步改善",
                None,
                None,
                None,
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "医疗机构用户满意度",
                "正向",
                "大于等于",
                90,
                "%",
                None,
                None,
            ),
        ],
        merged=(1, 2),
        col=3,
    )
    return b


@variant("ik06-smart-parking-points-ok", (5, 10), "project, OLD-NAT, numbered labels with points")
def ik06() -> Book:
    """Correct: a smart-parking project under OLD-NAT (成本 under 产出), tier-1 labels numbered
    with their points (60/30/10), tier-2 labels numbered, indicator points adding up to each
    tier's points and to 100; a turnover rate raised by 5 百分点; a unit price per 泊位 whose
    product stays within the money."""
    b = Book()
    s = b.sheet("Sheet1", widths=(18, 16, 30, 18, 8, 18))
    project_head(
        s, year=2025, name="明湖市主城区智慧停车系统建设", dept="明湖市城市管理局 133",
        unit="明湖市智慧城管服务中心", attr="一次性项目", money=one_year(360, 360, 0),
        goals=["完成主城区2400个路内泊位智能化改造和停车诱导系统建设，泊位状态识别准确率"
               "不低于98%，缓解主城区停车难。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标值设定依据")
    s.table(
        [
            ("一、产出指标（60分）", "1.数量指标", "智能化改造路内泊位", "≥2400个", 10, "计划标准"),
            (None, None, "新建停车诱导屏", "≥36块", 8, "计划标准"),
            (None, "2.质量指标", "泊位状态识别准确率", "≥98%", 10, "行业标准"),
            (None, None, "停车管理系统可用率", "≥99.9%", 8, "行业标准"),
            (None, "3.时效指标", "系统上线运行时间", "2025年10月31日前", 8, "计划标准"),
            (None, None, "设备故障响应时间", "≤4小时", 6, "合同约定"),
            (None, "4.成本指标", "泊位智能化改造单价", "≤1200元/个", 10, "市场询价"),
            (T1_BENEFIT, "1.社会效益指标", "车主平均寻位时间", "≤8分钟", 10, "历史标准"),
            (None, None, "路内泊位周转率", "提高≥5个百分点", 10, "历史标准"),
            (None, "2.可持续影响指标", "停车数据接入城市运管平台", "持续接入", 10, "计划标准"),
            (T1_SATISFIED, "1.服务对象满意度指标", "车主满意度", "≥90%", 10, "行业标准"),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    return b


@variant("ik07-classified-protection-words-ok", (4, 5, 11), "project, NAT-2021, word operators")
def ik07() -> Book:
    """Correct: an 等保 assessment and remediation project written with word operators (不少于,
    不低于, 以上, 以内, 日内, 前), grades (良好, 有效提升, 达标), tier labels with a leading *, the
    header repeated after a page break, a 填报说明 and signature lines."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="栖云县重要信息系统等级保护测评及安全整改", dept="栖云县委网信办 003",
        unit="栖云县网络安全服务中心", attr="延续项目", money=one_year(58, 58, 0),
        goals=["完成全县14个重要信息系统等级保护测评，其中三级系统4个，高危漏洞整改率达到"
               "100%，全县网络安全防护水平有效提升。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.row("绩效指标", merge=[(1, 5)])
    s.row(*head)
    s.table(
        [
            ("*产出指标", "数量指标", "完成等级保护测评的信息系统", "不少于14个", "其中三级4个"),
            (None, None, "开展渗透测试", "不少于4次", None),
            (None, "质量指标", "三级系统测评结论", "良好", "测评得分≥80分"),
            (None, None, "高危漏洞整改率", "100%", None),
            (None, None, "中危漏洞整改率", "90%以上", None),
        ],
        merged=(1, 2),
    )
    s.skip()  # the page break: the header is printed again on the next page
    s.row(*head)
    s.table(
        [
            ("*产出指标", "时效指标", "测评报告出具时间", "2025年11月30日前", None),
            (None, None, "高危漏洞整改时限", "发现后30日内", None),
            (None, None, "安全事件应急响应时间", "2小时以内", None),
            ("*成本指标", "经济成本指标", "信息系统测评平均单价", "不高于4万元/个", None),
            ("*效益指标", "社会效益指标", "全县网络安全防护水平", "有效提升", None),
            (None, "可持续影响指标", "等级保护制度落实情况", "达标", None),
            ("*满意度指标", "服务对象满意度指标", "被测评单位满意度", "不低于90%", None),
        ],
        merged=(1, 2),
    )
    s.row("填报说明：带*的一级指标为必填项；指标值应可量化、可考核。", merge=[(1, 5)])
    s.row("填表人：", "林可欣", "审核人：", "乔以安", "联系电话：0751-3308142")
    s.row("填报日期：", day(2024, 11, 12, CN_DATE))
    return b


@variant("ik14-signal-tiers-malformed-wrong", (5, 11), "project, NAT-2021, tier, threshold slips")
def ik14() -> Book:
    """A traffic-signal system: 时效指标 left under 效益指标, thresholds typed as ``≥≤99%`` and
    ``95%%``, and an online rate as ``>=95`` without %."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2025,
        name="鹿鸣县智慧交通信号控制系统升级",
        dept="鹿鸣县公安局 045",
        unit="鹿鸣县公安局交通管理大队",
        attr="一次性项目",
        money=one_year(245, 245, 0),
        goals=["完成县城86个路口信号机联网改造和信号控制平台升级，主干道平均通行时间缩短10%以上。"],
    )
    indicators(
        s,
        INLINE_HEAD,
        [
            ("产出指标", "数量指标", "联网改造信号路口", "≥86个", None),
            (None, None, "新增交通流量检测器", "≥172套", None),
            (None, "质量指标", "信号控制平台可用率", mk("≥≤99%", "T116", "warning"), None),
            (
                None,
                None,
                "信号机联网在线率",
                mk(">=95", "T105", "error", alt=("T104", "T116")),
                None,
            ),
            ("成本指标", "经济成本指标", "单路口改造成本", "≤2.8万元/个", None),
            ("效益指标", "社会效益指标", "主干道高峰平均通行时间缩短率", "≥10%", None),
            (None, mk("时效指标", "F105", "error"), "平台升级完成时间", "2025年9月30日前", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "市民出行满意度",
                mk("95%%", "T116", "warning"),
                None,
            ),
        ],
    )
    return b


@variant("ik15-video-pdf-artefacts-wrong", (9, 12), "project, NAT-2021, pasted from a PDF")
def ik15() -> Book:
    """A video-surveillance networking project pasted from a PDF: the total split by a space,
    one detail line pasted twice, an 整改完成率 given as a count of items."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="南溪湾区公共安全视频监控联网扩容", dept="南溪湾区公安分局 071",
        unit="南溪湾区公安分局科技信息化科", attr="一次性项目",
        money=[("年度资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",)),
                "其中：财政拨款", money(1205.3376, "0.0000")),
               ("其他资金", money(0), None, None)],
        goals=["新建高清视频监控点位1500个，扩容存储2PB，实现重点公共区域视频监控全覆盖，"
               "视频图像保存不少于90天。"])  # fmt: skip
    detail(
        s,
        [
            ("硬件购置", money(480.3376, "0.0000"), "摄像机1500台、存储设备2PB"),
            ("软件开发", money(425), "视频解析及联网共享平台"),
            ("运维服务", money(180), "前端点位及平台运维"),
            ("等保测评", mk("120万120万", "X106", "error", alt=("B108",)), "三级系统测评"),
        ],
        money(1205.3376, "0.0000"),
    )
    indicators(
        s,
        INLINE_HEAD,
        [
            ("产出指标", "数量指标", "新建高清视频监控点位", "≥1500个", None),
            (None, None, "新增视频存储容量", "≥2048TB", None),
            (None, "质量指标", "视频监控点位在线率", "≥95%", None),
            (None, None, "等保测评问题整改完成率", mk("12项", "T105", "error"), None),
            (None, "时效指标", "视频图像保存时间", "≥90天", None),
            ("成本指标", "经济成本指标", "单点位建设成本", "≤0.32万元/个", None),
            ("效益指标", "社会效益指标", "重点公共区域视频监控覆盖率", "100%", None),
            ("满意度指标", "服务对象满意度指标", "基层所队满意度", "≥90%", None),
        ],
    )
    return b
