"""Tobacco monopoly returns (烟草专卖市场监管, 打击假冒卷烟, 零售户服务): sk01–sk06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout287.common import (
    CITY_DEPT,
    TIERS,
    YEAR,
    first_sheet,
    indicators,
    stacked,
    wan,
    year_money,
)
from tests.variants.holdout287.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "sk01-cigarette-pct",
    (1, 7),
    "project, OLD-NAT, 比较符 and 计量单位 columns, header "
    "绩效目标值, typed percent cells, 万元 only in the number format (correct)",
)
def sk01() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="卷烟市场专项整治",
        dept=CITY_DEPT,
        unit="枫岙县烟草专卖局",
        money=year_money(86, 80, 6),
        goals=(
            "全年实地检查卷烟零售户3600户次，开展专项整治行动4次，规范卷烟市场"
            "经营秩序，提升零售户守法经营意识。",
        ),
    )
    rows = [
        ("产出指标", "数量指标", "卷烟零售户实地检查户次", "≥", 3600, "户次"),
        (None, None, "专项整治行动开展次数", "≥", 4, "次"),
        (None, "质量指标", "检查记录规范率", "≥", pct(0.95), "%"),
        (None, None, "涉烟案件移送合格率", "=", pct(1), "%"),
        (None, "时效指标", "举报线索核查时限", "≤", 5, "个工作日"),
        (None, "成本指标", "户均检查成本", "≤", 200, "元/户次"),
        ("效益指标", "社会效益指标", "无证经营户数下降率", "≥", pct(0.1), "%"),
        (None, None, "卷烟零售户持证经营率", "≥", pct(0.98), "%"),
        (None, "可持续影响指标", "零售户守法经营长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "卷烟零售户满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "比较符", "绩效目标值", "计量单位"), rows)
    return b


@variant(
    "sk02-fake-cig-direction",
    (11,),
    "project, NAT-2021, operators inside the values: a "
    "cost cap with =, a 正向 count with ≤, a 反向 发生率 with ≥",
)
def sk02() -> Book:
    b, s = first_sheet()
    project_head(
        s,
        year=YEAR,
        name="打击假冒卷烟专项行动",
        dept=CITY_DEPT,
        unit="沣渚区烟草专卖局",
        money=year_money(120, 100, 20),
        goals=(
            "查办假冒卷烟案件60件以上，开展打假宣传活动12场，压降辖区售假行为，维护卷烟市场秩序。",
        ),
    )
    cost = mk(
        "=1.2万元/件", "T108", "warning", row=True, note="办案成本是上限（反向），写成“=”应为 ≤"
    )
    talks = mk(
        "≤12场",
        "T108",
        "warning",
        row=True,
        note="宣传场次是正向产出，写成 ≤；年度目标也说开展12场",
    )
    fakes = mk(
        "≥2%",
        "T108",
        "warning",
        row=True,
        note="售假发生率是反向指标，写成 ≥ 等于要求至少 2% 的零售户售假",
    )
    rows = [
        ("成本指标", "经济成本指标", "假烟案件查办平均成本", cost),
        ("产出指标", "数量指标", "查办假冒卷烟案件数", "≥60件"),
        (None, None, "打假宣传活动场次", talks),
        (None, "质量指标", "案件证据材料合格率", "≥98%"),
        (None, "时效指标", "一般案件办结时限", "≤60天"),
        ("效益指标", "社会效益指标", "辖区零售户售假发生率", fakes),
        (None, "可持续影响指标", "跨区域打假协作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "守法经营零售户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, (*TIERS, "指标值"), rows)
    return b


@variant(
    "sk03-retailer-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def sk03() -> Book:
    b, s = first_sheet()
    department_head(
        s,
        year=YEAR,
        dept="蓼汀市烟草专卖局零售户服务中心",
        budget=[(wan(540), wan(500), wan(40), wan(380), wan(160))],
        tasks=[
            ("零售户经营培训", "新办及转型零售户经营培训", wan(60), "培训1200人次"),
            ("便民服务网点建设", "在乡镇新设零售户服务网点", wan(100), "新增服务网点25个"),
            ("金额合计", None, wan(160), None),
        ],
        goal="完成零售户培训1200人次，新增便民服务网点25个，做好许可证办理和零售户"
        "经营信息采集，零售户满意度达到92%以上。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    rows = [
        ("零售户培训人次", 15, "人次", "≥", 1200),
        ("便民服务网点新增数", 15, "个", "≥", 25),
        ("零售户经营信息采集完成率", 15, "%", "≥", pct(0.95)),
        ("许可证按时办结率", 10, "%", "=", pct(1)),
        ("新办许可证办结时限", 10, "工作日", "≤", 10),
        ("零售户投诉率", 10, "%", "≤", pct(0.02)),
        ("零售户培训人均成本", 10, "元/人次", "≤", 400),
        ("零售户满意度", 15, "%", "≥", pct(0.92)),
    ]  # fmt: skip
    s.table(rows)
    return b


@variant(
    "sk04-retailer-flat-defects",
    (3, 1),
    "department, flat list in another order "
    "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): unit, rate and weight "
    "defects",
)
def sk04() -> Book:
    b, s = first_sheet()
    department_head(
        s,
        year=YEAR,
        dept="晏桥县烟草专卖局",
        budget=[(wan(460), wan(430), wan(30), wan(330), wan(130))],
        tasks=[
            ("零售户走访服务", "上门走访零售户并登记经营诉求", wan(50), "走访800户"),
            ("许可证年审", "到期许可证集中年审", wan(30), "完成年审"),
            ("专卖监管信息系统运维", "系统运维及数据更新", wan(50), "系统稳定运行"),
            ("金额合计", None, wan(130), None),
        ],
        goal="走访零售户800户，完成到期许可证年审，保障专卖监管信息系统稳定运行。",
    )
    visits = mk("≥800户", "T112", "error", row=True, note="值中的单位“户”与计量单位列“人次”不一致")
    review = mk("≥360户", "T105", "error", row=True, note="年审完成率是比率，指标值却是 360 户")
    b.file_mark("W101", "error", note="权重 15+15+10+10+15+10+10+10 = 95，不是 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    rows = [
        ("零售户走访户数", visits, "正向", "人次", 15),
        ("许可证年审完成率", review, "正向", "户", 15),
        ("经营诉求登记办结率", "≥95%", "正向", "%", 10),
        ("零售户违规经营发生率", "≤3%", "反向", "%", 10),
        ("许可证按时办结率", pct(0.98), "正向", "%", 15),
        ("信息系统年运维费用", "≤50万元", "反向", "万元", 10),
        ("零售户诚信经营意识", "不断提升", "定性", None, 10),
        ("零售户满意度", pct(0.9), "正向", "%", 10),
    ]  # fmt: skip
    s.table(rows)
    return b


@variant(
    "sk05-stacked-enforce",
    (2,),
    "three projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values in two projects (correct)",
)
def sk05() -> Book:
    b, s = first_sheet()
    s.title(f"{YEAR}年度项目支出绩效目标申报表", 6)
    stacked(
        s,
        [
            ("产出指标", "数量指标", "卷烟在途监管车次", "≥2400车次"),
            (None, "质量指标", "监管数据完整率", "≥98%"),
            (None, "时效指标", "异常轨迹处置时限", "≤24小时"),
            (None, "成本指标", "监管平台运维费用", "≤40万元"),
            ("效益指标", "社会效益指标", "在途卷烟违规流通发生率", "≤1%"),
            ("满意度指标", "服务对象满意度指标", "监管对象满意度", "≥90%"),
        ],
        name="卷烟物流在途专卖监管",
        dept=CITY_DEPT,
        unit="岑塘县烟草专卖局",
        money=year_money(45, 40, 5),
        goals=("全年在途监管卷烟运输车次2400车次以上。",),
    )
    stacked(
        s,
        [
            ("产出指标", "数量指标", "电子烟零售点检查户次", "≥500户次"),
            (None, "质量指标", "检查文书合格率", "≥95%"),
            (None, "时效指标", "投诉举报响应时限", "≤48小时"),
            (None, "成本指标", "户均检查成本", "≤500元/户次"),
            ("效益指标", "社会效益指标", "向未成年人售烟违规发生率", "≤1%"),
            ("满意度指标", "服务对象满意度指标", "监管对象满意度", "≥85%"),
        ],
        name="电子烟零售点监管",
        dept=CITY_DEPT,
        unit="岑塘县烟草专卖局",
        money=year_money(30, 30, 0),
        goals=("检查电子烟零售点500户次以上。",),
    )
    stacked(
        s,
        [
            ("产出指标", "数量指标", "执法记录仪配备台数", "≥40台"),
            (None, "质量指标", "设备验收合格率", "100%"),
            (None, "时效指标", "设备采购完成时间", f"{YEAR}年6月30日前"),
            (None, "成本指标", "记录仪采购单价", "≤0.5万元/台"),
            ("效益指标", "社会效益指标", "执法过程全程记录率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "一线执法人员满意度", "≥90%"),
        ],
        name="专卖执法记录仪配备",
        dept=CITY_DEPT,
        unit="岑塘县烟草专卖局",
        attr="一次性项目",
        money=year_money(24, 20, 4),
        goals=("为一线执法人员配备执法记录仪40台。",),
    )
    return b


@variant(
    "sk06-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: a "
    "合格率 above 100 % in the first, money parts not adding up in the second",
)
def sk06() -> Book:
    b, s = first_sheet()
    s.title(f"{YEAR}年度项目支出绩效目标申报表", 6)
    over = mk("≥105%", "T106", "error", note="合格率上限 100%（疑为 ≥95% 的笔误）")
    stacked(
        s,
        [
            ("产出指标", "数量指标", "送检卷烟鉴别批次", "≥1500批次"),
            (None, "质量指标", "鉴别检测报告合格率", over),
            (None, "时效指标", "鉴别报告出具时限", "≤3个工作日"),
            (None, "成本指标", "单批次鉴别成本", "≤200元/批次"),
            ("效益指标", "社会效益指标", "办案鉴别需求满足率", "≥98%"),
            ("满意度指标", "服务对象满意度指标", "办案单位满意度", "≥90%"),
        ],
        name="卷烟真伪鉴别检测",
        dept=CITY_DEPT,
        unit="蓼汀市烟草质量监督检测站",
        money=year_money(38, 38, 0),
        goals=("完成送检卷烟真伪鉴别1500批次以上。",),
    )
    total = mk(wan(60), "B101", "error", row=True, note="财政拨款 45 + 其他资金 10 = 55 ≠ 60")
    stacked(
        s,
        [
            ("产出指标", "数量指标", "联合办案次数", "≥20次"),
            (None, "质量指标", "案件卷宗合格率", "≥95%"),
            (None, "时效指标", "涉烟线索流转时限", "≤2个工作日"),
            (None, "成本指标", "单次联合办案经费", "≤2万元/次"),
            ("效益指标", "社会效益指标", "跨区域涉烟案件协查完成率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "协作单位满意度", "≥90%"),
        ],
        name="打假打私联合办案",
        dept=CITY_DEPT,
        unit="蓼汀市烟草专卖局稽查支队",
        money=year_money(total, 45, 10),
        goals=("与公安、市场监管部门联合办案20次以上。",),
    )
    return b
