"""The rest of 汀澜省's 2026 transfer season: a regional table with a date in the wrong year, one
with a rate as a count and a repeated indicator, and two 省对下 projects stacked in one sheet."""

from __future__ import annotations

from tests.variants.holdout128.common import HEAD, footer, transfer_head
from tests.variants.holdout128.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

T1 = "中央对地方专项转移支付区域绩效目标表（2026年度）"
T2 = "2026年省对下转移支付绩效目标表"


@variant(
    "mh14-agri-year-direction", (5, 11), "区域绩效目标表, 农业相关转移支付, date and direction"
)
def agri_year_direction() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标", (16, 18, 36, 18, 12, 16))
    transfer_head(
        s,
        title=T1,
        name="农业相关转移支付资金（农业生产发展）",
        central="农业农村部",
        local="汀澜省农业农村厅",
        money=(money(64300, WAN), money(51200, WAN), money(9100, WAN), money(4000, WAN)),
        goal="稳定粮食播种面积，推进农作物病虫害统防统治和绿色防控，全省农作物病虫害统防统治"
        "覆盖率达到45%以上；培育新型农业经营主体，支持农业社会化服务面积1200万亩次，"
        "提升农业综合生产能力。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "农业社会化服务面积", "≥1200", "万亩次", None),
            (None, None, "支持新型农业经营主体数量", "≥1600", "家", None),
            (None, None, "耕地深松整地作业面积", "≥95", "万亩", None),
            (None, "质量指标", "补助对象信息准确率", pct(1), "%", None),
            (
                None,
                "时效指标",
                "补助资金下达完成时间",
                mk(
                    "2025年12月31日前",
                    "Y102",
                    "error",
                    alt=("Y101",),
                    note="a 2025 date in the 2026 table",
                ),
                None,
                None,
            ),
            (None, "成本指标", "农业社会化服务亩次补助标准", "≤30", "元/亩次", None),
            ("效益指标", "经济效益指标", "粮食总产量", "≥1180", "万吨", None),
            (
                None,
                "生态效益指标",
                "农作物病虫害统防统治覆盖率",
                mk(
                    "≤45%",
                    "T108",
                    "warning",
                    row=True,
                    alt=("D104",),
                    note="≤ on a 正向 rate; the goal says 45%以上",
                ),
                "%",
                None,
            ),
            (None, None, "化肥农药使用量", "负增长", None, None),
            (None, "社会效益指标", "带动小农户数量", "≥24", "万户", None),
            (None, "可持续影响指标", "农业社会化服务体系", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "农业经营主体满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "省级主管部门（盖章）：汀澜省农业农村厅", "省级财政部门（盖章）：汀澜省财政厅")
    return b


@variant("mh16-public-health-defects", (5,), "区域绩效目标表, 基本公共卫生服务, three mistakes")
def public_health_defects() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 38, 14, 12, 16))
    transfer_head(
        s,
        title=T1,
        name="基本公共卫生服务补助资金",
        central="国家卫生健康委员会",
        local="汀澜省卫生健康委员会",
        money=(money(319600, WAN), money(255680, WAN), money(42620, WAN), money(21300, WAN)),
        goal="落实人均基本公共卫生服务经费补助标准，为城乡居民免费提供国家基本公共卫生服务"
        "项目，做好高血压、2型糖尿病患者和65岁及以上老年人健康管理，适龄儿童国家免疫规划"
        "疫苗接种率保持在90%以上。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "居民电子健康档案建档人数", "≥3400", "万人", None),
            (None, None, "高血压患者规范管理人数", "≥210", "万人", None),
            (None, None, "2型糖尿病患者规范管理人数", "≥72", "万人", None),
            (
                None,
                None,
                "65岁及以上老年人健康管理覆盖率",
                mk("≥52", "T105", "error", note="a count of 万人 where a 覆盖率 is asked"),
                "万人",
                None,
            ),
            (None, "质量指标", "适龄儿童国家免疫规划疫苗接种率", pct(0.9), "%", None),
            (None, None, "电子健康档案规范化建档率", pct(0.7), "%", None),
            (None, "时效指标", "补助资金下达时限", "≤30", "天", None),
            (
                None,
                "成本指标",
                "人均基本公共卫生服务经费补助标准",
                ok("≥94", note="a funding floor: ≥ is right"),
                "元/人·年",
                "下限标准",
            ),
            ("效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "不断缩小", None, None),
            (
                None,
                None,
                "适龄儿童国家免疫规划疫苗接种率",
                mk(
                    pct(0.9),
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103"),
                    note="the 质量 row again",
                ),
                "%",
                None,
            ),
            (None, "可持续影响指标", "基本公共卫生服务水平", "不断提高", None, None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "城乡居民对基本公共卫生服务满意度",
                mk("≤85%", "T108", "warning", row=True, note="≤ on a satisfaction rate"),
                "%",
                None,
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "省级主管部门（盖章）", "省级财政部门（盖章）")
    return b


@variant("mh17-stacked-housing-disability", (2,), "two 省对下 projects stacked, each with its head")
def stacked_housing_disability() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 36, 14, 12, 16))
    s.title(T2, 6)
    transfer_head(
        s,
        title="",
        name="农村低收入群体等重点对象住房安全保障补助资金",
        central="汀澜省住房和城乡建设厅",
        local="汀澜省财政厅",
        first="省级主管部门",
        second="省级财政部门",
        money=(money(5150, WAN), money(3800, WAN), money(950, WAN), money(400, WAN)),
        goal="完成农村低收入群体等重点对象危房改造3400户，实施农房抗震改造600户，保障农村"
        "低收入群体住房安全。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "农村危房改造户数", "≥3400", "户", None),
            (None, None, "农房抗震改造户数", "≥600", "户", None),
            (None, "质量指标", "改造后住房安全鉴定合格率", pct(1), "%", None),
            (None, "时效指标", "改造任务竣工时间", "2026年11月30日前", None, None),
            (None, "成本指标", "危房改造户均补助标准", "≤1.2", "万元/户", None),
            ("效益指标", "社会效益指标", "重点对象住房安全保障", "动态清零", None, None),
            (None, "可持续影响指标", "农房安全常态化巡查机制", "建立并执行", None, None),
            ("满意度指标", "服务对象满意度指标", "改造户满意度", pct(0.95), "%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    transfer_head(
        s,
        title="",
        name="残疾人事业发展补助资金",
        central="汀澜省残疾人联合会",
        local="汀澜省财政厅",
        first="省级主管部门",
        second="省级财政部门",
        money=(money(2500, WAN), money(1650, WAN), money(620, WAN), money(230, WAN)),
        goal="为8500名残疾儿童提供康复救助，为4200户重度残疾人家庭实施无障碍改造，开展残疾人"
        "职业技能培训3000人次。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "残疾儿童康复救助人数", "≥8500", "人", None),
            (None, None, "困难重度残疾人家庭无障碍改造户数", "≥4200", "户", None),
            (None, None, "残疾人职业技能培训人次", "≥3000", "人次", None),
            (None, "质量指标", "无障碍改造验收合格率", pct(1), "%", None),
            (None, "时效指标", "康复救助资金结算时限", "≤30", "天", None),
            (None, "成本指标", "家庭无障碍改造户均补助", "≤0.2", "万元/户", None),
            ("效益指标", "社会效益指标", "残疾儿童基本康复服务覆盖率", pct(0.85), "%", None),
            (None, "可持续影响指标", "残疾人康复服务体系", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "残疾人及其家属满意度", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, "省级主管部门（盖章）", "省级财政部门（盖章）")
    return b
