"""Other forms the county receives: the 区域绩效目标表 of the central 衔接 transfer with ★ core
indicators, a return pasted from a PDF, tier labels carrying points, and numbered short labels
with the satisfaction tier left out."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout14.common import NUM, money_rows, signature, title
from tests.variants.holdout14.registry import variant
from tests.variants.kit import Book, C, day, mk, pct


@variant(
    "z13-wugang-region-transfer-ok",
    (5, 12),
    "区域绩效目标表 of the central 衔接 fund for a county: 中央补助 + 省/市/县, numbered goals "
    "in one cell, ★ core indicators, a relative income target, qualitative 不发生规模性返贫",
)
def z13() -> Book:
    book = Book()
    s = book.sheet("区域绩效目标表", (14, 16, 34, 18, 14, 14))
    title(s, "中央财政衔接推进乡村振兴补助资金区域绩效目标表（2025年度）", 1, 6)
    s.row(
        "中央主管部门",
        "农业农村部",
        None,
        "地方主管部门",
        "梧冈县农业农村局",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "资金使用单位", "梧冈县各乡镇人民政府、县直有关部门", None, None, None, None, merge=[(2, 6)]
    )
    money_rows(
        s,
        "资金情况（万元）",
        [C(v, NUM) for v in (8600, 6200, 1400, 300, 700)],
        1,
        ("年度金额", "其中：中央补助", "省级资金", "市级资金", "县级资金"),
    )
    s.row(
        "年度总体目标",
        "1.衔接资金用于产业发展的比例不低于60%，支持衔接项目150个以上；"
        "2.稳定脱贫劳动力（含监测对象）务工就业规模3.2万人以上；3.为1500户以上脱贫户"
        "（含监测户）小额信贷贴息；4.守住不发生规模性返贫底线。",
        merge=[(2, 6)],
    )
    s.row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    top = s.r
    s.table(
        [
            (None, "产出指标", "数量指标", "★中央衔接资金用于产业发展的比例", "≥60%", "核心指标"),
            (None, None, None, "支持衔接项目个数", "≥150个", None),
            (
                None,
                None,
                None,
                "★脱贫劳动力（含监测对象）务工就业规模",
                "不少于3.2万人",
                "核心指标",
            ),
            (None, None, None, "小额信贷贴息脱贫户（含监测户）", "≥1500户", None),
            (None, None, "质量指标", "★项目（工程）验收合格率", "≥98%", "核心指标"),
            (None, None, "时效指标", "项目按期完工率", "90%以上", None),
            (None, None, "成本指标", "户均贴息标准", "≤2000元/户", None),
            (
                None,
                "效益指标",
                "经济效益指标",
                "★脱贫人口人均纯收入增幅",
                "高于全县农村居民人均可支配收入增幅",
                "核心指标",
            ),
            (None, None, "社会效益指标", "防止规模性返贫", "不发生规模性返贫", None),
            (None, None, None, "带动脱贫人口（含监测对象）增收", "≥1.8万人", None),
            (None, None, "可持续影响指标", "项目资产后续管护机制", "健全", None),
            (None, "满意度指标", "服务对象满意度指标", "受益脱贫人口满意度", "≥90%", None),
        ],
        merged=(2, 3),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("说明：带★的为核心指标，不得删除。", None, None, None, None, None, merge=[(1, 6)])
    return book


@variant(
    "z14-zhechuan-cold-storage-pdf-paste",
    (9, 12),
    "county 农业农村 project pasted from the PDF of the approved plan: a total split by a "
    "space, a detail amount pasted twice, a completion date given as 100%",
)
def z14() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="柘川县农产品产地冷藏保鲜设施建设项目",
        dept="柘川县农业农村局",
        unit="柘川县农业农村局",
        attr="新增项目",
        money=[
            (
                "年度资金总额",
                mk(
                    "1205.337 6",
                    "X105",
                    "warning",
                    alt=("X103",),
                    note="a PDF line break inside the number",
                ),
                "其中：中央衔接资金",
                C(900, NUM),
            ),
            ("省级衔接资金", C(205.3376, NUM), "县级衔接资金", C(100, NUM)),
        ],
        goals=[
            "支持新型农业经营主体新建产地冷藏保鲜设施25个，新增冷藏库容5000吨，"
            "带动脱贫户200户以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table(
        [
            ("产出指标", "数量指标", "新建产地冷藏保鲜设施", "≥25个", None),
            (None, None, "新增冷藏库容", "≥5000吨", None),
            (None, "质量指标", "设施验收合格率", "100%", None),
            (
                None,
                "时效指标",
                "项目完工时间",
                mk("100%", "T113", "warning", note="a completion date given as a rate"),
                None,
            ),
            (None, "成本指标", "每吨库容建设成本", "≤2400元/吨", None),
            ("效益指标", "经济效益指标", "果蔬产后损耗率降低", "≥5个百分点", None),
            (None, "社会效益指标", "带动脱贫户", "≥200户", None),
            (None, "可持续影响指标", "设施设计使用年限", "≥15年", None),
            ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("预算明细", "支出内容", None, "金额（万元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    top = s.r
    s.row(
        None,
        "冷库土建及安装工程",
        None,
        C(985.3376, NUM),
        "按施工图预算",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        None,
        "制冷及监控设备购置",
        None,
        mk("120万120万", "X106", "error", alt=("B108",), note="the amount pasted twice"),
        "按询价",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        None, "设计、监理等其他费用", None, C(100, NUM), "按标准计取", None, merge=[(2, 3), (5, 6)]
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    book.file_mark(
        "B102", "error", required=False, note="the lines cannot add up while one is garbled"
    )
    return book


@variant(
    "z15-baiyang-points-in-labels-ok",
    (5, 10),
    "township project, tier labels numbered with points (一、产出指标（50分）, 1.数量指标), "
    "indicator points adding to each tier and to 90 with 预算执行率 scored apart",
)
def z15() -> Book:
    book = Book()
    s = book.sheet("Sheet1", (20, 20, 30, 16, 10, 14))
    title(s, "白杨镇2025年村级光伏帮扶电站运维项目绩效目标表", 1, 5)
    s.row(
        "项目名称", "白杨镇村级光伏帮扶电站运维", None, "实施单位", "白杨镇人民政府", merge=[(2, 3)]
    )
    money_rows(
        s,
        "资金（万元）",
        [C(v, NUM) for v in (48, 36, 12)],
        1,
        ("合计", "中央衔接资金", "县级衔接资金"),
    )
    s.row(
        "年度目标",
        "做好6座村级光伏帮扶电站（1200千瓦）运维，年发电收益150万元以上，收益80%以上"
        "用于设置公益岗位和小型公益事业奖补。",
        merge=[(2, 5)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("一、产出指标（50分）", "1.数量指标", "运维村级光伏帮扶电站", "≥6座", 10),
            (None, None, "电站总装机容量", "≥1200千瓦", 10),
            (None, "2.质量指标", "电站设备完好率", pct(0.98), 10),
            (None, "3.时效指标", "故障抢修响应时间", "48小时内", 10),
            (None, "4.成本指标", "每千瓦年运维成本", "≤400元/千瓦", 10),
            ("二、效益指标（30分）", "1.经济效益指标", "电站年发电收益", "≥150万元", 15),
            (None, "2.社会效益指标", "收益用于公益岗位及奖补的比例", "≥80%", 10),
            (None, "3.可持续影响指标", "电站资产管护制度", "健全", 5),
            ("三、满意度指标（10分）", "1.服务对象满意度指标", "受益脱贫户满意度", "95%", 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 90, merge=[(1, 4)])
    s.row("注：预算执行率（10分）另行考核，本表合计90分。", merge=[(1, 5)])
    signature(s, 1, who="蒙晓丽", checker="覃卫国", phone="0851-7711980", filled=day(2025, 2, 10))
    return book


@variant(
    "z16-shiqiao-numbered-no-satisfaction",
    (5, 6),
    "township project, tier-1 labels numbered and short (1.产出 / 2.效益), no 满意度 at all, a "
    "household count without unit, an accuracy rate written 100 without %",
)
def z16() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="石桥乡脱贫户牛羊养殖到户补助",
        dept="岚溪县农业农村局",
        unit="石桥乡人民政府",
        attr="延续项目",
        money=[("年度资金总额", C(45, NUM), "其中：中央衔接资金", C(45, NUM))],
        goals=[
            "对发展牛羊养殖的脱贫户（含监测户）给予到户补助，补助肉牛300头、"
            "肉羊1500只，带动脱贫户150户。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table(
        [
            ("1.产出", "数量", "补助肉牛", "≥300头", None),
            (None, None, "补助肉羊", "≥1500只", None),
            (
                None,
                "质量",
                "补助资金发放准确率",
                mk("100", "T105", "warning", alt=("T104",), note="the % left out"),
                None,
            ),
            (None, "时效", "补助资金兑付时间", "2025年11月底前", None),
            (None, "成本", "肉牛每头补助", "≤1000元/头", None),
            (None, None, "肉羊每只补助", "≤100元/只", None),
            ("2.效益", "经济效益", "养殖户户均增收", "≥2000元", None),
            (None, "社会效益", "带动脱贫户", mk("≥150", "T104", "warning", note="no unit"), None),
            (None, "可持续影响", "牛羊养殖产业", "稳定发展", None),
        ],
        merged=(1, 2),
    )
    book.file_mark("F106", "error", note="no 满意度指标 in a project with identifiable users")
    s.row("填报人：罗志兰", None, "联系电话：13628340971")
    return book
