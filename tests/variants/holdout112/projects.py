"""Project returns (§3.1) of 青溪县 and 白鹭湾区 (invented), budget year 2026."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout112.common import (
    HEAD4,
    YEAR,
    footer,
    multi_money,
    one_year_money,
    w,
)
from tests.variants.holdout112.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("lr01-危房改造", (1,), "project, NAT-2021, one value column, merged tiers; correct")
def lr01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 16, 18))
    project_head(
        s,
        year=YEAR,
        name="青溪县农村低收入群体危房改造补助",
        dept="青溪县住房和城乡建设局（312001）",
        unit="青溪县村镇建设服务中心",
        money=one_year_money(w(80), w(70), w(10)),
        goals=[
            "2026年完成60户农村低收入群体危房改造，改造后房屋安全鉴定全部达标，群众住房安全得到保障。"
        ],
    )
    s.row(*HEAD4)
    s.table(
        [
            ("产出指标", "数量指标", "危房改造户数", "≥60户"),
            (None, None, "入户安全鉴定户数", "≥60户"),
            (None, "质量指标", "改造后房屋安全鉴定达标率", pct(1)),
            (None, None, "竣工验收合格率", pct(1)),
            (None, "时效指标", "改造任务完成时间", "2026年11月30日前"),
            (None, None, "补助资金拨付及时率", pct(0.95)),
            ("成本指标", "经济成本指标", "每户改造补助标准", "≤1.2万元/户"),
            ("效益指标", "社会效益指标", "低收入群体住房安全保障率", pct(1)),
            (None, None, "改造农户住房安全知晓率", pct(0.9)),
            (None, "可持续影响指标", "改造房屋安全使用年限", "≥20年"),
            ("满意度指标", "服务对象满意度指标", "改造农户满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b


@variant(
    "lr02-河道保洁", (1,), "project, OLD-NAT, 比较符 and 计量单位 columns; money and 满意度 wrong"
)
def lr02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 12, 12))
    project_head(
        s,
        year=YEAR,
        name="白鹭湾区中小河道日常保洁",
        dept="白鹭湾区水务局（405)",
        unit="白鹭湾区河道管理所",
        money=[
            (
                "年度资金总额",
                mk(w(120), "B101", "error", note="100 + 17 = 117 ≠ 120"),
                "其中：财政拨款",
                w(100),
            ),
            ("其他资金", w(17), None, None),
        ],
        goals=["对辖区42条中小河道实施全年保洁，河面漂浮物及时清理，水面保洁达标。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "保洁河道条数", "≥", 42, "条"),
            (None, None, "保洁河道总长度", "≥", 86.5, "公里"),
            (None, None, "河道巡查次数", "≥", 520, "次"),
            (None, "质量指标", "河面保洁考核达标率", "≥", pct(0.95), None),
            (None, None, "漂浮物打捞清运率", "≥", pct(0.98), None),
            (None, "时效指标", "突发漂浮物清理时限", "≤", 24, "小时"),
            (None, "成本指标", "每公里河道年保洁费用", "≤", 1.35, "万元"),
            ("效益指标", "生态效益指标", "河道水面保洁达标河道占比", "≥", pct(0.95), None),
            (None, "社会效益指标", "涉河保洁投诉办结率", "≥", pct(0.95), None),
            (None, "可持续影响指标", "河道长效保洁机制", "=", "建立并执行", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "沿河居民满意度",
                "=",
                mk(
                    100,
                    "T105",
                    "error",
                    alt=("T107", "T114", "T104"),
                    note="100% typed as a bare 100",
                ),
                None,
            ),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b


@variant("lr03-学生资助", (1,), "project, OLD-NAT, operator in words column, unit column; correct")
def lr03() -> Book:
    b = Book()
    s = b.sheet("项目表", (14, 14, 30, 12, 12, 10))
    project_head(
        s,
        year=YEAR,
        name="青溪县家庭经济困难学生生活补助",
        dept="青溪县教育局（308）",
        unit="青溪县学生资助管理中心",
        attr="常年项目",
        money=one_year_money(w(96), w(84), w(12)),
        goals=[
            "为全县1200名家庭经济困难寄宿生发放生活补助，资助对象认定精准，补助资金按学期足额发放。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
    s.table(
        [
            ("产出指标", "数量指标", "受助寄宿生人数", "大于等于", 1200, "人"),
            (None, None, "资助政策宣传场次", "大于等于", 24, "场"),
            (None, "质量指标", "资助对象认定准确率", "大于等于", pct(0.98), None),
            (None, None, "补助资金足额发放率", "等于", pct(1), None),
            (None, "时效指标", "春季学期补助发放完成时间", "小于等于", "2026年5月31日", None),
            (None, None, "秋季学期补助发放完成时间", "小于等于", "2026年11月30日", None),
            (None, "成本指标", "寄宿生年生活补助标准", "小于等于", 800, "元/人"),
            ("效益指标", "社会效益指标", "受助学生因贫辍学人数", "等于", 0, "人"),
            (None, None, "资助政策家长知晓率", "大于等于", pct(0.9), None),
            (None, "可持续影响指标", "学生资助工作机制", "等于", "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "受助学生及家长满意度",
                "大于等于",
                pct(0.92),
                None,
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "2025年11月20日")
    return b


@variant(
    "lr04-道路照明",
    (11,),
    "project, NAT-2021, 指标方向 as direction, ≥ on a 反向 rate and on a time limit",
)
def lr04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 16, 18))
    project_head(
        s,
        year=YEAR,
        name="白鹭湾区城市道路照明设施维护",
        dept="白鹭湾区城市管理局（411）",
        unit="白鹭湾区市政设施维护中心",
        money=one_year_money(w(210), w(210), w(0)),
        goals=["维护辖区路灯9800盏，主次干道亮灯率保持在98%以上，照明故障及时修复。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "维护路灯数量", "正向", "≥9800盏", None),
            (None, None, "更换LED灯具数量", "正向", "≥600套", None),
            (None, "质量指标", "主次干道亮灯率", "正向", pct(0.98), None),
            (
                None,
                None,
                "照明设施故障发生率",
                "反向",
                mk("≥2%", "T108", "warning", row=True, note="反向 rate with ≥"),
                None,
            ),
            (
                None,
                "时效指标",
                "路灯故障修复时限",
                "反向",
                mk("≥48小时", "T108", "warning", row=True, alt=("T116",), note="time limit with ≥"),
                None,
            ),
            (None, None, "年度维护任务完成时间", "反向", "2026年12月31日前", None),
            (
                "成本指标",
                "经济成本指标",
                "单盏路灯年维护费用",
                "反向",
                "≤214元/盏",
                "含电费以外的材料及人工",
            ),
            ("效益指标", "社会效益指标", "夜间道路照明覆盖率", "正向", pct(0.98), None),
            (None, "生态效益指标", "节能灯具使用比例", "正向", pct(0.85), None),
            (None, "可持续影响指标", "照明设施巡查维护制度", "正向", "健全", None),
            ("满意度指标", "服务对象满意度指标", "市民对道路照明满意度", "正向", pct(0.9), None),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b


@variant("lr05-高标准农田", (8,), "three-year project, NAT-2021, 中期 and 年度 columns; correct")
def lr05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 16))
    project_head(
        s,
        year=YEAR,
        years=3,
        attr="新增项目",
        name="青溪县高标准农田建设（2026—2028年）",
        dept="青溪县农业农村局（315）",
        unit="青溪县农田建设管理站",
        money=multi_money((w(4500), w(3900), w(600)), (w(1500), w(1300), w(200))),
        goals=[
            "2026—2028年建成高标准农田3万亩，配套灌排渠系和田间道路，项目区粮食产能稳步提高。",
            "2026年建成高标准农田1万亩，完成东溪、板桥两个片区的土地平整和渠系配套。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥30000亩", "≥10000亩", None),
            (None, None, "新建及改造灌排渠道长度", "≥96公里", "≥32公里", None),
            (None, None, "新修田间道路长度", "≥45公里", "≥15公里", None),
            (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1), None),
            (None, None, "耕地质量等级提升", "≥0.5等", "≥0.5等", "项目区平均"),
            (
                None,
                "时效指标",
                "年度建设任务完成时间",
                "2028年12月31日前",
                "2026年12月31日前",
                None,
            ),
            ("成本指标", "经济成本指标", "亩均建设投入标准", "≤1500元/亩", "≤1500元/亩", None),
            ("效益指标", "经济效益指标", "项目区亩均粮食产能增加", "≥50公斤", "≥50公斤", None),
            (None, "社会效益指标", "受益农户数", "≥6200户", "≥2100户", None),
            (None, "可持续影响指标", "建后管护责任落实率", pct(1), pct(1), None),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", pct(0.9), pct(0.9), None),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b


@variant(
    "lr06-社区养老",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns; 年度 count above 中期, 2025 in the goal",
)
def lr06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 16))
    project_head(
        s,
        year=YEAR,
        years=2,
        attr="新增项目",
        name="白鹭湾区社区居家养老服务中心建设",
        dept="白鹭湾区民政局（407）",
        unit="白鹭湾区养老服务指导中心",
        money=multi_money((w(1200), w(1000), w(200)), (w(700), w(600), w(100))),
        goals=[
            "2026—2027年建成社区居家养老服务中心12个，为辖区老年人提供助餐、日间照料等服务。",
            mk(
                "2025年建成社区居家养老服务中心7个，助餐服务覆盖7个社区，服务老年人不少于3万人次。",
                "Y103",
                "error",
                alt=("Y101",),
                note="年度目标 names 2025 in a 2026 return",
            ),
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "建成社区居家养老服务中心数量", "≥12个", "≥7个", None),
            (None, None, "开设老年助餐点数量", "≥12个", "≥7个", None),
            (
                None,
                None,
                "为老服务人次",
                "≥25000人次",
                mk("≥30000人次", "D201", "error", note="年度 above 中期"),
                None,
            ),
            (None, "质量指标", "中心建设验收合格率", pct(1), pct(1), None),
            (None, None, "服务人员持证上岗率", pct(0.95), pct(0.95), None),
            (None, "时效指标", "中心建成投用时间", "2027年12月31日前", "2026年12月31日前", None),
            (
                "成本指标",
                "经济成本指标",
                "单个中心建设补助标准",
                "≤100万元/个",
                "≤100万元/个",
                None,
            ),
            ("效益指标", "社会效益指标", "辖区老年人助餐服务覆盖率", pct(0.6), pct(0.35), None),
            (None, "可持续影响指标", "中心运营管理制度", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "服务老年人满意度", pct(0.9), pct(0.9), None),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b


@variant(
    "lr07-污水管网",
    (1, 12),
    "project, NAT-2021, unit column; standard × count above budget, 覆盖率 as a count",
)
def lr07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 16, 10, 18))
    project_head(
        s,
        year=YEAR,
        name="青溪县农村生活污水户厕接户改造",
        dept="青溪县生态环境局（320）",
        unit="青溪县农村环境整治中心",
        money=one_year_money(w(150), w(130), w(20)),
        goals=["完成沿溪5个行政村农户生活污水接户改造，接户农户生活污水纳管处理。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标解释")
    s.table(
        [
            ("产出指标", "数量指标", "接户改造农户数", "≥1000", "户", None),
            (None, None, "新建接户支管长度", "≥18", "公里", None),
            (None, "质量指标", "接户工程验收合格率", pct(1), None, None),
            (None, None, "接户管网闭水试验合格率", pct(1), None, None),
            (None, "时效指标", "接户改造完成时间", "2026年10月31日前", None, None),
            (
                "成本指标",
                "经济成本指标",
                "每户接户改造补助标准",
                mk("≤1800", "B107", "warning", row=True, note="1800元 × 1000户 = 180万 > 150万"),
                "元/户",
                None,
            ),
            (
                "效益指标",
                "生态效益指标",
                "项目村生活污水治理覆盖率",
                mk("≥300户", "T105", "error", note="覆盖率 written as a count"),
                None,
                "已治理农户占项目村农户比例",
            ),
            (None, None, "生活污水直排现象", "明显减少", None, None),
            (None, "社会效益指标", "农村人居环境整治知晓率", pct(0.85), None, None),
            (None, "可持续影响指标", "接户设施运维管护机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "接户农户满意度", pct(0.9), None, None),
        ],
        merged=(1, 2),
    )
    footer(s)
    return b
