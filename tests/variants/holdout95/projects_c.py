"""Returns la15–la18: 发改委, 工信局, 科技局, 卫健委."""

from __future__ import annotations

from tests.variants.holdout95.common import CITY, footer, multi_money, one_year_money, project, w
from tests.variants.holdout95.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "la15-fgw-grain-reserve", (), "project, OLD-NAT, a two-line header, 比较符 and 计量单位 columns"
)
def la15() -> Book:
    b, s = project(
        "项目绩效目标",
        name="市级储备粮轮换费用补贴",
        dept=f"{CITY}发展和改革委员会（301001）",
        unit=f"{CITY}粮食储备有限公司",
        money_rows=one_year_money(w(780), w(780), w(0)),
        goals=["完成市级储备粮轮换3万吨，储备粮数量真实、质量良好、储存安全。"],
    )
    s.row("绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "目标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "储备粮轮换数量", "≥", 3, "万吨"),
            (None, None, "储备粮库存检查", "≥", 4, "次"),
            (None, "质量指标", "储备粮质量达标率", "≥", pct(0.98), "%"),
            (None, None, "储备粮宜存率", "≥", pct(0.95), "%"),
            (None, "时效指标", "轮换任务按期完成率", "≥", pct(0.95), "%"),
            (None, "成本指标", "每吨轮换费用补贴", "≤", 260, "元/吨"),
            ("效益指标", "社会效益指标", "应急保供能力", "≥", 30, "天"),
            (None, "可持续影响指标", "储备粮安全储存", "定性", "无安全事故", None),
            ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "邵国栋", "0571-8800 1288")
    return b


@variant(
    "la16-gxj-industrial-parks",
    (),
    "project, NAT-2021, 分值 column: points off, a doubled operator",
)
def la16() -> Book:
    b, s = project(
        "Sheet1",
        name="小微企业园提升改造奖补",
        dept=f"{CITY}工业和信息化局（302001）",
        unit=f"{CITY}工业和信息化局",
        money_rows=one_year_money(w(1000), w(1000), w(0)),
        goals=["奖补10个小微企业园提升改造，新增入园企业200家以上。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("产出指标", "数量指标", "奖补小微企业园", "≥10个", 15),
            (None, None, "新增入园企业", "≥200家", 15),
            (
                None,
                "质量指标",
                "园区提升改造验收通过率",
                mk("≥≥90%", "T116", "warning", note="the operator typed twice"),
                10,
            ),
            (None, "时效指标", "奖补资金拨付时间", "2026年10月31日前", 10),
            ("成本指标", "经济成本指标", "单个园区奖补金额", "≤100万元", 10),
            ("效益指标", "经济效益指标", "入园企业新增产值", "≥20000万元", 10),
            (None, "社会效益指标", "新增就业岗位", "≥1500个", 10),
            (None, "可持续影响指标", "园区数字化管理平台覆盖率", "≥80%", 5),
            ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%", 10),
        ],
        merged=(1, 2),
    )
    b.file_mark("W101", "error", note="the points add up to 95, not 100")
    footer(s, "钱海峰", "0571-8800 2398")
    return b


@variant(
    "la17-kjj-research-grants", (), "project, OLD-NAT, 指标方向 and word-operator 比较符 columns"
)
def la17() -> Book:
    b, s = project(
        "项目绩效目标",
        name="市级科技计划项目资助",
        dept=f"{CITY}科学技术局（303001）",
        unit=f"{CITY}科技项目管理服务中心",
        money_rows=one_year_money(w(1500), w(1500), w(0)),
        goals=["资助市级科技计划项目60项，形成发明专利授权40件以上，推动成果转化。"],
        widths=(14, 16, 28, 10, 12, 12, 10),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "资助科技计划项目", "正向", "大于等于", 60, "项"),
            (None, None, "发明专利授权", "正向", "大于等于", 40, "件"),
            (None, "质量指标", "项目验收通过率", "正向", "大于等于", pct(0.9), "%"),
            (None, "时效指标", "立项评审周期", "反向", "小于等于", 60, "天"),
            (None, "成本指标", "单个项目平均资助额", "反向", "小于等于", 25, "万元/项"),
            ("效益指标", "经济效益指标", "带动企业研发投入", "正向", "大于等于", 30000, "万元"),
            (None, "社会效益指标", "科技成果转化", "正向", "大于等于", 15, "项"),
            (None, "可持续影响指标", "培养科研骨干", "正向", "大于等于", 120, "人"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "项目承担单位满意度",
                "正向",
                "大于等于",
                pct(0.9),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "宋一帆", "0571-8800 3155")
    return b


@variant(
    "la18-wjw-clinic-upgrade",
    (),
    "two-year project, OLD-NAT, 中期/年度: annual money over period, 满意度 ≥100%",
)
def la18() -> Book:
    b, s = project(
        "绩效目标表",
        name="社区卫生服务中心标准化建设",
        dept=f"{CITY}卫生健康委员会（306001）",
        unit=f"{CITY}卫生健康委员会",
        money_rows=multi_money(
            w(500),
            mk(w(600), "B103", "error", note="annual 600 above the period 500"),
            w(500),
            w(0),
            w(600),
            w(0),
        ),
        goals=[
            "两年完成16家社区卫生服务中心标准化改造，基层诊疗能力明显提升。",
            "当年完成8家社区卫生服务中心标准化改造，配置基本诊疗设备。",
        ],
        years=2,
        widths=(14, 16, 28, 8, 12, 12, 10),
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "完成标准化改造社区卫生服务中心", "≥", 16, 8, "家"),
            (None, None, "配置基本诊疗设备", "≥", 320, 160, "台（套）"),
            (None, "质量指标", "改造工程验收合格率", "≥", pct(0.98), pct(0.98), "%"),
            (None, "时效指标", "改造项目按期完成率", "≥", pct(0.9), pct(0.9), "%"),
            (None, "成本指标", "单家中心改造费用", "≤", 30, 30, "万元/家"),
            ("效益指标", "社会效益指标", "基层诊疗人次增长率", "≥", pct(0.1), pct(0.05), "%"),
            (None, "可持续影响指标", "家庭医生签约服务覆盖率", "≥", pct(0.45), pct(0.4), "%"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "就诊居民满意度",
                "≥",
                pct(0.9),
                mk(pct(1), "T106", "error", note="≥100% on a satisfaction rate"),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "黎晓东", "0571-8801 8201")
    return b
